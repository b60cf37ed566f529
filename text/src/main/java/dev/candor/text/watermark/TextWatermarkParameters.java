package dev.candor.text.watermark;

/**
 * Scheme and parameters of a text watermark; every instance is valid. Generator and detector must
 * use equal parameters (and the same key and tokenizer). {@code toString} is readable; no field is
 * secret.
 *
 * <p>Context width h is the number of tokens before the candidate that choose its green list (KGW)
 * or keyed uniforms (Gumbel). For KGW, {@link ContextHash} says how they are combined; h = 0 (KGW
 * with LeftHash only) is the fixed keyed green list of Zhao et al. 2023 ("Unigram-Watermark").
 *
 * <p>Which preset: {@link #KGW_DEFAULT} is the original Kirchenbauer et al. scheme; {@link
 * #KGW_ROBUST} biases a little harder to survive heavier editing; {@link #KGW_MIN_SELF_HASH} trades
 * some scored tokens for green lists that are harder to estimate; {@link #GUMBEL_DEFAULT} leaves
 * each step's distribution unchanged and is the most robust to word replacement. The numbers behind
 * this are in {@code benchmarks/TEXT-WATERMARK-RESULTS.md}.
 *
 * @param scheme algorithm
 * @param gamma green fraction γ in (0, 1) (KGW only; 0 for Gumbel)
 * @param delta logit bias δ &gt; 0 added to green tokens (KGW only; 0 for Gumbel)
 * @param contextWidth h, number of preceding tokens hashed per step: 0 to 8 for KGW with LeftHash,
 *     1 to 8 otherwise
 * @param contextHash how KGW combines the context ({@link ContextHash#LEFT} for Gumbel)
 */
public record TextWatermarkParameters(
    WatermarkScheme scheme, double gamma, double delta, int contextWidth, ContextHash contextHash) {

  /**
   * KGW with γ = 0.25, δ = 2.0 and LeftHash over h = 1: one green list per previous token, as in
   * Kirchenbauer et al. 2023. Each replaced word spoils two scored positions (its own and the
   * next), and the green list after each token can be estimated by counting which tokens follow it
   * in many marked texts ("watermark stealing").
   */
  public static final TextWatermarkParameters KGW_DEFAULT = kgw(0.25, 2.0, 1);

  /**
   * KGW with γ = 0.25, δ = 2.0 and Min-SelfHash over h = 1 (the previous token and the candidate
   * itself). A token's green list is not a function of the previous token alone, so counting
   * (previous, next) pairs in marked texts does not reveal it, and a replaced word spoils the next
   * position only half the time. The price: where a token's own keyed rank is the smaller (half the
   * positions) its status is fixed by the key, so repeats of that token count once, and those
   * positions act like a fixed green list that many marked texts could reveal. Measured on a
   * low-entropy model it scores fewer tokens and is no more robust to 25% replacement than {@link
   * #KGW_DEFAULT}, but holds up better at 40%.
   */
  public static final TextWatermarkParameters KGW_MIN_SELF_HASH =
      kgw(0.25, 2.0, 1, ContextHash.MIN_SELF);

  /**
   * KGW with γ = 0.2, δ = 2.25 and LeftHash over h = 1: the robust preset. Measured on a
   * low-entropy word model at 200 tokens it detected 96% of texts at FPR 1e-6 after a quarter of
   * the words were replaced at random, where {@link #KGW_DEFAULT} (δ = 2) detected 82%; the price
   * is a larger shift of the output distribution (perplexity 8% above {@link #KGW_DEFAULT}'s).
   * Security is that of {@link #KGW_DEFAULT}.
   */
  public static final TextWatermarkParameters KGW_ROBUST = kgw(0.2, 2.25, 1);

  /** Gumbel (exponential-minimum) sampling with h = 1. */
  public static final TextWatermarkParameters GUMBEL_DEFAULT = gumbel(1);

  /** Largest accepted context width. */
  public static final int MAX_CONTEXT_WIDTH = 8;

  /** Validates the parameters; see {@link #kgw} and {@link #gumbel} for the rules. */
  public TextWatermarkParameters {
    if (scheme == null || contextHash == null) {
      throw new IllegalArgumentException("scheme and contextHash must not be null");
    }
    int minWidth = scheme == WatermarkScheme.KGW && contextHash == ContextHash.LEFT ? 0 : 1;
    if (contextWidth < minWidth || contextWidth > MAX_CONTEXT_WIDTH) {
      throw new IllegalArgumentException(
          "contextWidth must be " + minWidth + ".." + MAX_CONTEXT_WIDTH + ", got " + contextWidth);
    }
    if (scheme == WatermarkScheme.KGW) {
      if (!(gamma > 0 && gamma < 1)) {
        throw new IllegalArgumentException("gamma must be in (0, 1), got " + gamma);
      }
      if (!(delta > 0 && delta <= 100)) {
        throw new IllegalArgumentException("delta must be in (0, 100], got " + delta);
      }
    } else if (gamma != 0 || delta != 0 || contextHash != ContextHash.LEFT) {
      throw new IllegalArgumentException("gamma, delta and contextHash apply to KGW only");
    }
  }

  /**
   * KGW parameters with LeftHash.
   *
   * @throws IllegalArgumentException if γ ∉ (0, 1), δ ∉ (0, 100] or h ∉ [0, 8]
   */
  public static TextWatermarkParameters kgw(double gamma, double delta, int contextWidth) {
    return kgw(gamma, delta, contextWidth, ContextHash.LEFT);
  }

  /**
   * KGW parameters.
   *
   * @throws IllegalArgumentException if γ ∉ (0, 1), δ ∉ (0, 100], h ∉ [0, 8], or h = 0 with
   *     Min-SelfHash (use LeftHash with h = 0 for a fixed green list)
   */
  public static TextWatermarkParameters kgw(
      double gamma, double delta, int contextWidth, ContextHash contextHash) {
    return new TextWatermarkParameters(
        WatermarkScheme.KGW, gamma, delta, contextWidth, contextHash);
  }

  /**
   * Gumbel-sampling parameters.
   *
   * @throws IllegalArgumentException if h ∉ [1, 8]
   */
  public static TextWatermarkParameters gumbel(int contextWidth) {
    return new TextWatermarkParameters(
        WatermarkScheme.GUMBEL, 0, 0, contextWidth, ContextHash.LEFT);
  }
}
