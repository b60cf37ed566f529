package dev.candor.text.internal.watermark;

/**
 * The full-vocabulary KGW loop, written so that C2 vectorises it: a pure-integer pass reads token
 * ids from an array (C2 in Java 17 does not vectorise a loop that uses its induction variable as a
 * value) and writes 0/−1 masks, then a second pass adds {@code delta & mask} to the logits.
 * Measured on AVX-512 hardware this is 3–4× faster than the fused scalar loop.
 */
public final class GreenMask {
  /** 0, 1, 2, … shared by all threads; replaced by a longer copy when needed, never mutated. */
  private static volatile int[] identity = iota(65_536);

  private static final ThreadLocal<int[]> MASKS = ThreadLocal.withInitial(() -> new int[0]);

  private GreenMask() {}

  /** Adds {@code delta} in place to {@code logits[id]} for every green id, under {@code seed32}. */
  public static void addToGreen(float[] logits, int seed32, int threshold, float delta) {
    int n = logits.length;
    int[] ids = identity;
    if (ids.length < n) {
      ids = iota(Math.max(n, 2 * ids.length));
      identity = ids;
    }
    int[] masks = MASKS.get();
    if (masks.length < n) {
      masks = new int[n];
      MASKS.set(masks);
    }
    for (int i = 0; i < n; i++) {
      masks[i] = ((KeyedMixer.fmix32(ids[i] ^ seed32) >>> 1) - threshold) >> 31;
    }
    int deltaBits = Float.floatToRawIntBits(delta);
    for (int i = 0; i < n; i++) {
      logits[i] += Float.intBitsToFloat(masks[i] & deltaBits);
    }
  }

  private static int[] iota(int n) {
    int[] ids = new int[n];
    for (int i = 0; i < n; i++) {
      ids[i] = i;
    }
    return ids;
  }
}
