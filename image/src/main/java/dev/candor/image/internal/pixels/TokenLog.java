package dev.candor.image.internal.pixels;

import java.util.Arrays;

/**
 * The bits of a VP8 partition recorded before they are coded, each with what gives its
 * probability: one of the 1,056 token probabilities (which the frame header may update once it is
 * known how often each branch was taken), a fixed probability, or the skip probability. Replaying
 * them into a {@link BoolEncoder} codes the partition with the probabilities finally chosen.
 */
final class TokenLog {
  /** References 0–1055 are token probabilities; from here on, FIXED + p is the fixed p. */
  private static final int FIXED = Vp8Tables.COEFF_PROBS.length;

  /** The reference of the per-macroblock skip flag's probability. */
  private static final int SKIP = FIXED + 256;

  private int[] bits = new int[1024];
  private int len;

  /** A bit coded with token probability {@code index} (type·264 + band·33 + context·11 + node). */
  void coef(int index, boolean bit) {
    add(index, bit);
  }

  /** A bit coded with the fixed probability {@code prob}. */
  void fixed(int prob, boolean bit) {
    add(FIXED + prob, bit);
  }

  /** A macroblock's skip flag, coded with the frame's skip probability. */
  void skip(boolean bit) {
    add(SKIP, bit);
  }

  void append(TokenLog other) {
    for (int i = 0; i < other.len; i++) {
      push(other.bits[i]);
    }
  }

  void clear() {
    len = 0;
  }

  /** Adds to {@code zeros} and {@code ones} how often each token probability coded a 0 and a 1. */
  void count(int[] zeros, int[] ones) {
    for (int i = 0; i < len; i++) {
      int ref = bits[i] >>> 1;
      if (ref < FIXED) {
        if ((bits[i] & 1) == 0) {
          zeros[ref]++;
        } else {
          ones[ref]++;
        }
      }
    }
  }

  /**
   * Codes the bits into {@code e} with token probabilities {@code probs} and skip probability
   * {@code skipProb}, leaving out the skip flags when {@code skipProb} is 0 (no skipping).
   */
  void replay(BoolEncoder e, int[] probs, int skipProb) {
    for (int i = 0; i < len; i++) {
      int ref = bits[i] >>> 1;
      boolean bit = (bits[i] & 1) == 1;
      if (ref < FIXED) {
        e.bit(bit, probs[ref]);
      } else if (ref < SKIP) {
        e.bit(bit, ref - FIXED);
      } else if (skipProb > 0) {
        e.bit(bit, skipProb);
      }
    }
  }

  private void add(int ref, boolean bit) {
    push(ref << 1 | (bit ? 1 : 0));
  }

  private void push(int v) {
    if (len == bits.length) {
      bits = Arrays.copyOf(bits, bits.length * 2);
    }
    bits[len++] = v;
  }
}
