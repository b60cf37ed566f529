package dev.candor.text.watermark;

/**
 * Scheme and parameters of a text watermark; every instance is valid. Generator and detector must
 * use equal parameters (and the same key and tokenizer).
 *
 * <p>Context width h defaults to 1: each token's green list (or keyed uniforms) depends on the one
 * token before it. With h = 1 a replaced token spoils at most two scored positions, so the mark
 * survives editing best; larger h resists green-list estimation by frequency analysis a little
 * better but loses more score per edit. {@code toString} is readable; no field is secret.
 *
 * @param scheme algorithm
 * @param gamma green fraction γ in (0, 1) (KGW only; 0.25 by default, 0 for Gumbel)
 * @param delta logit bias δ &gt; 0 added to green tokens (KGW only; 2.0 by default, 0 for Gumbel)
 * @param contextWidth h, number of preceding tokens hashed per step, 1 to 8
 */
public record TextWatermarkParameters(
    WatermarkScheme scheme, double gamma, double delta, int contextWidth) {

  /** KGW with γ = 0.25, δ = 2.0, h = 1. */
  public static final TextWatermarkParameters KGW_DEFAULT = kgw(0.25, 2.0, 1);

  /** Gumbel (exponential-minimum) sampling with h = 1. */
  public static final TextWatermarkParameters GUMBEL_DEFAULT = gumbel(1);

  /** Largest accepted context width. */
  public static final int MAX_CONTEXT_WIDTH = 8;

  /** Validates the parameters; see {@link #kgw} and {@link #gumbel} for the rules. */
  public TextWatermarkParameters {
    if (scheme == null) {
      throw new IllegalArgumentException("scheme must not be null");
    }
    if (contextWidth < 1 || contextWidth > MAX_CONTEXT_WIDTH) {
      throw new IllegalArgumentException(
          "contextWidth must be 1.." + MAX_CONTEXT_WIDTH + ", got " + contextWidth);
    }
    if (scheme == WatermarkScheme.KGW) {
      if (!(gamma > 0 && gamma < 1)) {
        throw new IllegalArgumentException("gamma must be in (0, 1), got " + gamma);
      }
      if (!(delta > 0 && delta <= 100)) {
        throw new IllegalArgumentException("delta must be in (0, 100], got " + delta);
      }
    } else if (gamma != 0 || delta != 0) {
      throw new IllegalArgumentException("gamma and delta apply to KGW only");
    }
  }

  /**
   * KGW parameters.
   *
   * @throws IllegalArgumentException if γ ∉ (0, 1), δ ∉ (0, 100] or h ∉ [1, 8]
   */
  public static TextWatermarkParameters kgw(double gamma, double delta, int contextWidth) {
    return new TextWatermarkParameters(WatermarkScheme.KGW, gamma, delta, contextWidth);
  }

  /**
   * Gumbel-sampling parameters.
   *
   * @throws IllegalArgumentException if h ∉ [1, 8]
   */
  public static TextWatermarkParameters gumbel(int contextWidth) {
    return new TextWatermarkParameters(WatermarkScheme.GUMBEL, 0, 0, contextWidth);
  }
}
