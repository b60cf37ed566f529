package dev.candor.text.internal.watermark;

/**
 * Fast keyed integer hashing for the per-step decisions of the text watermark.
 *
 * <p>The secret enters once, as a 64-bit key seed derived by HMAC-SHA256 from the watermark key.
 * Each generation step mixes the last {@code h} token ids into that seed with the SplitMix64
 * finalizer (one call per context token); each vocabulary entry is then decided with one Murmur3
 * {@code fmix32} call, a loop the JIT vectorises. These mixers are statistical hashes, not PRFs:
 * see {@code GreenListProcessor} for why that is an acceptable trade.
 */
public final class KeyedMixer {
  /** Stands for a context position before the first token. */
  public static final int NO_TOKEN = -1;

  private static final long GOLDEN_64 = 0x9E3779B97F4A7C15L;
  private static final double TWO_POW_MINUS_53 = 0x1.0p-53;

  private KeyedMixer() {}

  /** SplitMix64 finalizer (Steele, Lea, Flood 2014): a bijection on 64-bit values. */
  public static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Murmur3 {@code fmix32}: a bijection on 32-bit values with full avalanche. */
  public static int fmix32(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }

  /**
   * Seed of one step: the key seed mixed with the last {@code width} ids of {@code tokens[0,
   * length)}; positions before the start count as {@link #NO_TOKEN}.
   */
  public static long contextSeed(long keySeed, int[] tokens, int length, int width) {
    long s = keySeed;
    for (int j = length - width; j < length; j++) {
      int t = j >= 0 ? tokens[j] : NO_TOKEN;
      s = mix64(s + GOLDEN_64 + (t & 0xFFFF_FFFFL));
    }
    return s;
  }

  /** Folds a step seed to the 32 bits the per-token hash uses. */
  public static int fold(long seed) {
    return (int) (seed ^ (seed >>> 32));
  }

  /**
   * Green-list threshold for fraction {@code gamma}: token {@code t} is green iff {@code (fmix32(t
   * ^ seed32) >>> 1) < threshold}.
   */
  public static int greenThreshold(double gamma) {
    return (int) Math.min(Integer.MAX_VALUE, Math.round(gamma * 0x1.0p31));
  }

  /** 1 if {@code tokenId} is green under {@code seed32}, else 0; branch-free. */
  public static int greenBit(int seed32, int threshold, int tokenId) {
    return ((fmix32(tokenId ^ seed32) >>> 1) - threshold) >>> 31;
  }

  /** Keyed uniform in the open interval (0, 1) for {@code tokenId} under a step seed. */
  public static double uniform(long seed, int tokenId) {
    long u = mix64(seed ^ ((tokenId & 0xFFFF_FFFFL) * GOLDEN_64));
    return ((u >>> 11) + 0.5) * TWO_POW_MINUS_53;
  }

  /**
   * Keyless 64-bit identity of a (context window, token) pair, for de-duplicating repeated n-grams.
   * Collisions are possible in principle (about n²/2⁶⁵ for n pairs) and harmless.
   */
  public static long pairId(int[] tokens, int position, int width) {
    long s = contextSeed(0x5DEECE66DL, tokens, position, width);
    return mix64(s ^ ((tokens[position] & 0xFFFF_FFFFL) * GOLDEN_64));
  }
}
