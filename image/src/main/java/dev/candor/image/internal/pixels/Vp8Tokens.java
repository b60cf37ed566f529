package dev.candor.image.internal.pixels;

/**
 * Writes one 4×4 block's quantised coefficients as VP8 tokens (RFC 6386 §13) into a {@link
 * TokenLog}, each bit with the token probability it is coded with: per position the band's probabilities in the context of the previous token (0
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
  static boolean write(TokenLog e, int[] level, int type, int first, int ctx) {
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
      e.coef(p, false);
      return false;
    }
    boolean afterZero = false;
    for (int n = first; n <= last; n++) {
      int v = level[ZIGZAG[n]];
      int a = Math.abs(v);
      if (!afterZero) {
        e.coef(p, true); // not the end of the block
      }
      if (a == 0) {
        e.coef(p + 1, false);
        p = base + BANDS[n + 1] * 33;
        afterZero = true;
        continue;
      }
      e.coef(p + 1, true);
      if (a == 1) {
        e.coef(p + 2, false);
      } else {
        e.coef(p + 2, true);
        large(e, a, p);
      }
      e.fixed(128, v < 0);
      p = base + BANDS[n + 1] * 33 + (a == 1 ? 1 : 2) * 11;
      afterZero = false;
    }
    if (last < 15) {
      e.coef(p, false);
    }
    return true;
  }

  /** A magnitude of 2 or more, below the "more than one" node at {@code p + 2}. */
  private static void large(TokenLog e, int a, int p) {
    if (a <= 4) {
      e.coef(p + 3, false);
      if (a == 2) {
        e.coef(p + 4, false);
      } else {
        e.coef(p + 4, true);
        e.coef(p + 5, a == 4);
      }
      return;
    }
    e.coef(p + 3, true);
    if (a <= 10) {
      e.coef(p + 6, false);
      if (a <= 6) {
        e.coef(p + 7, false);
        e.fixed(159, a == 6);
      } else {
        e.coef(p + 7, true);
        e.fixed(165, ((a - 7) >> 1) == 1);
        e.fixed(145, ((a - 7) & 1) == 1);
      }
      return;
    }
    e.coef(p + 6, true);
    int cat = a < 19 ? 0 : a < 35 ? 1 : a < 67 ? 2 : 3;
    e.coef(p + 8, cat >= 2);
    e.coef(p + 9 + (cat >> 1), (cat & 1) == 1);
    int extra = a - (3 + (8 << cat));
    int[] tab = CAT[cat];
    for (int i = 0; i < tab.length; i++) {
      e.fixed(tab[i], ((extra >>> (tab.length - 1 - i)) & 1) == 1);
    }
  }
}
