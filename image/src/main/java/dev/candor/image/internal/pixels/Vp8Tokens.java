package dev.candor.image.internal.pixels;

/**
 * Writes one 4×4 block's quantised coefficients as VP8 tokens (RFC 6386 §13) with the default
 * probabilities: per position the band's probabilities in the context of the previous token (0
 * after a zero, 1 after ±1, 2 after a larger value; the first from the neighbouring blocks), an
 * end-of-block token after the last non-zero value (never right after a zero), values from 2 up
 * through the token tree and the extra bits of categories 1–6, then a sign bit.
 */
final class Vp8Tokens {
  /** Block types (§13.3): luma after Y2, Y2, chroma. */
  static final int TYPE_Y_AC = 0;

  static final int TYPE_Y2 = 1;
  static final int TYPE_UV = 2;

  /** Scan position to raster index. */
  static final int[] ZIGZAG = {0, 1, 4, 8, 5, 2, 3, 6, 9, 12, 13, 10, 7, 11, 14, 15};

  private static final int[] BANDS = {0, 1, 2, 3, 6, 4, 5, 6, 6, 6, 6, 6, 6, 6, 6, 7, 0};
  private static final int[][] CAT = {
    {173, 148, 140}, {176, 155, 140, 135}, {180, 157, 141, 134, 130},
    {254, 254, 243, 230, 196, 177, 153, 140, 133, 130, 129}
  };

  /** The largest magnitude a token can carry: category 6 (67 + 2^11 − 1). */
  static final int MAX_LEVEL = 2114;

  private Vp8Tokens() {}

  /**
   * Writes the block {@code level} (raster order, quantised) of {@code type} from scan position
   * {@code first}, in context {@code ctx} (0–2); returns whether it had a non-zero value from
   * {@code first} on (the context its neighbours see).
   */
  static boolean write(BoolEncoder e, int[] level, int type, int first, int ctx) {
    int last = -1;
    for (int n = 15; n >= first; n--) {
      if (level[ZIGZAG[n]] != 0) {
        last = n;
        break;
      }
    }
    int base = type * 264;
    int p = base + BANDS[first] * 33 + ctx * 11;
    if (last < 0) {
      e.bit(false, prob(p));
      return false;
    }
    boolean afterZero = false;
    for (int n = first; n <= last; n++) {
      int v = level[ZIGZAG[n]];
      int a = Math.abs(v);
      if (!afterZero) {
        e.bit(true, prob(p)); // not the end of the block
      }
      if (a == 0) {
        e.bit(false, prob(p + 1));
        p = base + BANDS[n + 1] * 33;
        afterZero = true;
        continue;
      }
      e.bit(true, prob(p + 1));
      if (a == 1) {
        e.bit(false, prob(p + 2));
      } else {
        e.bit(true, prob(p + 2));
        large(e, a, p);
      }
      e.bit(v < 0, 128);
      p = base + BANDS[n + 1] * 33 + (a == 1 ? 1 : 2) * 11;
      afterZero = false;
    }
    if (last < 15) {
      e.bit(false, prob(p));
    }
    return true;
  }

  private static int prob(int at) {
    return Vp8Tables.COEFF_PROBS[at];
  }

  /** A magnitude of 2 or more, below the "more than one" node at {@code p + 2}. */
  private static void large(BoolEncoder e, int a, int p) {
    if (a <= 4) {
      e.bit(false, prob(p + 3));
      if (a == 2) {
        e.bit(false, prob(p + 4));
      } else {
        e.bit(true, prob(p + 4));
        e.bit(a == 4, prob(p + 5));
      }
      return;
    }
    e.bit(true, prob(p + 3));
    if (a <= 10) {
      e.bit(false, prob(p + 6));
      if (a <= 6) {
        e.bit(false, prob(p + 7));
        e.bit(a == 6, 159);
      } else {
        e.bit(true, prob(p + 7));
        e.bit(((a - 7) >> 1) == 1, 165);
        e.bit(((a - 7) & 1) == 1, 145);
      }
      return;
    }
    e.bit(true, prob(p + 6));
    int cat = a < 19 ? 0 : a < 35 ? 1 : a < 67 ? 2 : 3;
    e.bit(cat >= 2, prob(p + 8));
    e.bit((cat & 1) == 1, prob(p + 9 + (cat >> 1)));
    int extra = a - (3 + (8 << cat));
    int[] tab = CAT[cat];
    for (int i = 0; i < tab.length; i++) {
      e.bit(((extra >>> (tab.length - 1 - i)) & 1) == 1, tab[i]);
    }
  }
}
