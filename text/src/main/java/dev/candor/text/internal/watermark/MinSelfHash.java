package dev.candor.text.internal.watermark;

/**
 * Keyed arithmetic of the Min-SelfHash context: token ranks, the seed of a step and the per-token
 * "self" green bits, derived from one 64-bit key seed. Green(v | context) = greenBit(seedOf(min(m,
 * rank(v))), v) where m is the smallest rank in the context. Thread-safe; the per-vocabulary tables
 * of {@link #tables(int)} are built once per size and then shared read-only.
 */
public final class MinSelfHash {
  private static final long RANK_LABEL = 0x6D696E2D72616E6BL;
  private static final long SEED_LABEL = 0x6D696E2D73656564L;

  private final int threshold;
  private final int rankKey;
  private final long seedKey;
  private volatile Tables tables = new Tables(new int[0], new int[0]);

  /** Derives the rank and seed keys from {@code keySeed}; {@code threshold} as in KeyedMixer. */
  public MinSelfHash(long keySeed, int threshold) {
    this.threshold = threshold;
    this.rankKey = KeyedMixer.fold(KeyedMixer.mix64(keySeed ^ RANK_LABEL));
    this.seedKey = KeyedMixer.mix64(keySeed ^ SEED_LABEL);
  }

  /** Keyed rank of {@code token} in [0, 2³¹): a bijection of the token id, so no ties. */
  public int rank(int token) {
    return KeyedMixer.fmix32(token ^ rankKey) >>> 1;
  }

  /**
   * Smallest rank among the last {@code width} ids of {@code tokens[0, length)}; positions before
   * the start count as {@link KeyedMixer#NO_TOKEN}. {@link Integer#MAX_VALUE} when width is 0.
   */
  public int contextMin(int[] tokens, int length, int width) {
    int m = Integer.MAX_VALUE;
    for (int j = length - width; j < length; j++) {
      m = Math.min(m, rank(j >= 0 ? tokens[j] : KeyedMixer.NO_TOKEN));
    }
    return m;
  }

  /** 32-bit green-list seed for a minimum rank. */
  public int seedOf(int minRank) {
    return KeyedMixer.fold(KeyedMixer.mix64(seedKey + minRank));
  }

  /** 1 if {@code token} is green after a context whose smallest rank is {@code contextMin}. */
  public int greenBit(int contextMin, int token) {
    return KeyedMixer.greenBit(seedOf(Math.min(contextMin, rank(token))), threshold, token);
  }

  /**
   * Ranks and self masks of token ids {@code 0 .. size-1}: {@code ranks[v] = rank(v)}, {@code
   * selfMasks[v]} = −1 if v is green under the seed of its own rank, else 0. Arrays may be longer
   * than {@code size}; callers must not modify them.
   */
  public Tables tables(int size) {
    Tables t = tables;
    if (t.ranks.length >= size) {
      return t;
    }
    int[] ranks = new int[size];
    int[] selfMasks = new int[size];
    int threshold = this.threshold;
    for (int v = 0; v < size; v++) {
      ranks[v] = rank(v);
      selfMasks[v] = -KeyedMixer.greenBit(seedOf(ranks[v]), threshold, v);
    }
    t = new Tables(ranks, selfMasks);
    tables = t;
    return t;
  }

  /** Per-token ranks and self masks, see {@link #tables(int)}. */
  public record Tables(int[] ranks, int[] selfMasks) {}
}
