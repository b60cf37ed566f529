package dev.candor.text.watermark;

/**
 * How a KGW step turns its context into the seed of a green list (Kirchenbauer et al. 2023b, "On
 * the Reliability of Watermarks for Large Language Models", §3).
 */
public enum ContextHash {
  /**
   * LeftHash: the seed hashes the h tokens before the candidate, so one green list per context. A
   * replaced token spoils its own scored position and the next h.
   */
  LEFT("left"),
  /**
   * Min-SelfHash: every token gets a keyed 31-bit rank, and the seed of candidate v is the smallest
   * rank among the h tokens before it <em>and v itself</em>. A replaced token only matters where it
   * held (or now takes) the minimum, so a scored position survives more edits; and because v's own
   * rank enters its seed, the green lists cannot be read off per context by counting which tokens
   * follow a given token. Where v's rank is the minimum its greenness is fixed by the key alone.
   */
  MIN_SELF("min-self");

  private final String label;

  ContextHash(String label) {
    this.label = label;
  }

  /** Stable name, as written in the soft-binding assertion's {@code alg-params}. */
  public String label() {
    return label;
  }
}
