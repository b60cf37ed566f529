package dev.candor.text.internal.watermark;

/**
 * The full-vocabulary KGW loops, written so that C2 vectorises them. C2 in Java 17 does not
 * vectorise a loop that uses its induction variable as a value, so token ids are read from a shared
 * array, and it does not vectorise int-to-float conversion; there the fastest form (measured) is an
 * integer pass writing 0/−1 masks and a second pass adding {@code delta & mask}. C2 in Java 25 does
 * vectorise the conversion, and one fused pass adding {@code delta * bit} is then 2.5× faster than
 * the two-pass form; it is slower than the two-pass form on 17. Both forms give identical floats.
 */
public final class GreenMask {
  /** Whether to use the fused single-pass loops: only where measured faster (Java 25). */
  static final boolean FUSED = Runtime.version().feature() >= 25;

  /** 0, 1, 2, … shared by all threads; replaced by a longer copy when needed, never mutated. */
  private static volatile int[] identity = iota(65_536);

  private static final ThreadLocal<int[]> MASKS = ThreadLocal.withInitial(() -> new int[0]);

  private GreenMask() {}

  /** Adds {@code delta} in place to {@code logits[id]} for every green id, under {@code seed32}. */
  public static void addToGreen(float[] logits, int seed32, int threshold, float delta) {
    addToGreen(logits, seed32, threshold, delta, FUSED);
  }

  static void addToGreen(float[] logits, int seed32, int threshold, float delta, boolean fused) {
    int n = logits.length;
    int[] ids = identity(n);
    if (fused) {
      for (int i = 0; i < n; i++) {
        logits[i] += delta * (((KeyedMixer.fmix32(ids[i] ^ seed32) >>> 1) - threshold) >>> 31);
      }
      return;
    }
    int[] masks = masks(n);
    for (int i = 0; i < n; i++) {
      masks[i] = ((KeyedMixer.fmix32(ids[i] ^ seed32) >>> 1) - threshold) >> 31;
    }
    addMasked(logits, masks, delta);
  }

  /**
   * Min-SelfHash variant: id v takes its self mask where {@code ranks[v] < contextMin}, else the
   * green bit under {@code seed32} (the seed of {@code contextMin}); both tables span the logits.
   */
  public static void addToGreenMinSelf(
      float[] logits,
      int seed32,
      int threshold,
      float delta,
      int contextMin,
      MinSelfHash.Tables tables) {
    addToGreenMinSelf(logits, seed32, threshold, delta, contextMin, tables, FUSED);
  }

  static void addToGreenMinSelf(
      float[] logits,
      int seed32,
      int threshold,
      float delta,
      int contextMin,
      MinSelfHash.Tables tables,
      boolean fused) {
    int n = logits.length;
    int[] ids = identity(n);
    int[] ranks = tables.ranks();
    int[] self = tables.selfMasks();
    if (ranks.length < n || self.length < n) {
      throw new IllegalArgumentException("tables shorter than the logits");
    }
    if (fused) {
      for (int i = 0; i < n; i++) {
        int below = (ranks[i] - contextMin) >> 31;
        int context = ((KeyedMixer.fmix32(ids[i] ^ seed32) >>> 1) - threshold) >> 31;
        logits[i] += delta * (((below & self[i]) | (~below & context)) & 1);
      }
      return;
    }
    int[] masks = masks(n);
    for (int i = 0; i < n; i++) {
      int below = (ranks[i] - contextMin) >> 31;
      int context = ((KeyedMixer.fmix32(ids[i] ^ seed32) >>> 1) - threshold) >> 31;
      masks[i] = (below & self[i]) | (~below & context);
    }
    addMasked(logits, masks, delta);
  }

  private static void addMasked(float[] logits, int[] masks, float delta) {
    int deltaBits = Float.floatToRawIntBits(delta);
    for (int i = 0; i < logits.length; i++) {
      logits[i] += Float.intBitsToFloat(masks[i] & deltaBits);
    }
  }

  private static int[] identity(int n) {
    int[] ids = identity;
    if (ids.length < n) {
      ids = iota(Math.max(n, 2 * ids.length));
      identity = ids;
    }
    return ids;
  }

  private static int[] masks(int n) {
    int[] masks = MASKS.get();
    if (masks.length < n) {
      masks = new int[n];
      MASKS.set(masks);
    }
    return masks;
  }

  private static int[] iota(int n) {
    int[] ids = new int[n];
    for (int i = 0; i < n; i++) {
      ids[i] = i;
    }
    return ids;
  }
}
