package dev.candor.text.watermark;

/** The two watermark algorithms, each with its stable soft-binding algorithm name. */
public enum WatermarkScheme {
  /**
   * Kirchenbauer et al. 2023 ("A Watermark for Large Language Models"): a keyed green list of
   * fraction γ gets +δ on its logits. Changes the output distribution; detected by a binomial test.
   */
  KGW("dev.candor.textwm.kgw.1"),
  /**
   * Aaronson 2022 exponential-minimum sampling: the token maximising r_i^(1/p_i) for keyed uniforms
   * r_i. Each step's distribution is unchanged; detected by a Gamma test on Σ −ln(1 − r).
   */
  GUMBEL("dev.candor.textwm.gumbel.1");

  private final String algorithm;

  WatermarkScheme(String algorithm) {
    this.algorithm = algorithm;
  }

  /** Stable algorithm identifier, as written in the soft-binding assertion's {@code alg}. */
  public String algorithm() {
    return algorithm;
  }

  /** HMAC label deriving this scheme's seed from the key, so the two schemes never share one. */
  String seedLabel() {
    return algorithm + ".seed";
  }
}
