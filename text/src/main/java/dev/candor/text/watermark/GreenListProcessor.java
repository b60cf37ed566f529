package dev.candor.text.watermark;

import dev.candor.text.internal.watermark.GreenMask;
import dev.candor.text.internal.watermark.KeyedMixer;
import dev.candor.text.internal.watermark.MinSelfHash;

/**
 * The KGW logits processor (Kirchenbauer et al. 2023): before sampling each token, adds δ to the
 * logits of a keyed "green" fraction γ of the vocabulary chosen from the previous h tokens (and,
 * with {@link ContextHash#MIN_SELF}, the candidate itself).
 *
 * <p>Call it once per generation step with the token ids so far (prompt included) and the step's
 * logits, then sample as usual (temperature, top-k, top-p all still apply). Both {@code apply}
 * overloads change the given {@code logits} array <b>in place</b>; the full-vocabulary one keeps a
 * per-thread scratch array of the vocabulary's size (on Java 17–24), so steady-state calls allocate
 * nothing. With {@link ContextHash#MIN_SELF} the processor also builds, on the first
 * full-vocabulary call, two shared {@code int} tables of the vocabulary's size (400 KB for 50,000
 * tokens). Instances are thread-safe; apart from those tables they are immutable.
 *
 * <pre>{@code
 * GreenListProcessor wm = GreenListProcessor.of(key, TextWatermarkParameters.KGW_DEFAULT);
 * for (int n = prompt.length; n < max; n++) {
 *   float[] logits = model.logits(tokens, n);
 *   wm.apply(tokens, n, logits);
 *   tokens[n] = sampler.sample(logits);
 * }
 * }</pre>
 *
 * <p><b>Cost and security.</b> The key never meets the vocabulary loop: HMAC-SHA256 turns it into a
 * 64-bit seed once, each step mixes the h context ids into that seed with the SplitMix64 finalizer,
 * and each token id is then decided by one Murmur3 {@code fmix32} of {@code id ^ seed32} compared
 * with γ·2³¹ — a branch-free integer loop the JIT vectorises (γ is thus quantised to 2⁻³¹). These
 * mixers are not PRFs, and a per-step 32-bit seed could in principle be learnt from many outputs;
 * but KGW green lists leak through token statistics to anyone holding many watermarked texts (the
 * known "watermark stealing" attack) whatever hash is used, so a cryptographic PRF per token would
 * cost 1000× more without closing that hole. The key itself cannot be recovered from green lists,
 * since it passes through HMAC. Use a distinct key per deployment and keep it as secret as a
 * signing key.
 */
public final class GreenListProcessor {
  private final long keySeed;
  private final int threshold;
  private final float delta;
  private final int width;
  private final MinSelfHash minSelf;

  private GreenListProcessor(TextWatermarkKey key, TextWatermarkParameters parameters) {
    this.keySeed = key.seed(parameters.scheme().seedLabel());
    this.threshold = KeyedMixer.greenThreshold(parameters.gamma());
    this.delta = (float) parameters.delta();
    this.width = parameters.contextWidth();
    this.minSelf =
        parameters.contextHash() == ContextHash.MIN_SELF
            ? new MinSelfHash(keySeed, threshold)
            : null;
  }

  /**
   * A processor for {@code key} and KGW {@code parameters}.
   *
   * @throws IllegalArgumentException if {@code parameters} is not a KGW scheme
   */
  public static GreenListProcessor of(TextWatermarkKey key, TextWatermarkParameters parameters) {
    if (key == null || parameters == null || parameters.scheme() != WatermarkScheme.KGW) {
      throw new IllegalArgumentException("need a key and KGW parameters, got " + parameters);
    }
    return new GreenListProcessor(key, parameters);
  }

  /**
   * Adds δ in place to {@code logits[id]} for every green token id, where {@code logits} spans the
   * whole vocabulary (index = token id) and the context is the last h of {@code tokens[0, length)}.
   */
  public void apply(int[] tokens, int length, float[] logits) {
    if (minSelf == null) {
      GreenMask.addToGreen(logits, stepSeed(tokens, length), threshold, delta);
      return;
    }
    int contextMin = contextMin(tokens, length);
    GreenMask.addToGreenMinSelf(
        logits,
        minSelf.seedOf(contextMin),
        threshold,
        delta,
        contextMin,
        minSelf.tables(logits.length));
  }

  /**
   * Adds δ in place to {@code logits[i]} for each candidate {@code tokenIds[i]} that is green: the
   * top-k path, where the backend has already cut the vocabulary to candidates.
   *
   * @throws IllegalArgumentException if the two arrays differ in length
   */
  public void apply(int[] tokens, int length, int[] tokenIds, float[] logits) {
    if (tokenIds.length != logits.length) {
      throw new IllegalArgumentException(
          "tokenIds and logits differ in length: " + tokenIds.length + " vs " + logits.length);
    }
    float d = delta;
    if (minSelf != null) {
      int contextMin = contextMin(tokens, length);
      for (int i = 0; i < tokenIds.length; i++) {
        logits[i] += d * minSelf.greenBit(contextMin, tokenIds[i]);
      }
      return;
    }
    int seed32 = stepSeed(tokens, length);
    int thr = threshold;
    for (int i = 0; i < tokenIds.length; i++) {
      logits[i] += d * KeyedMixer.greenBit(seed32, thr, tokenIds[i]);
    }
  }

  /** Whether {@code tokenId} is green after the context {@code tokens[0, length)}. */
  public boolean isGreen(int[] tokens, int length, int tokenId) {
    if (minSelf != null) {
      return minSelf.greenBit(contextMin(tokens, length), tokenId) == 1;
    }
    return KeyedMixer.greenBit(stepSeed(tokens, length), threshold, tokenId) == 1;
  }

  private int contextMin(int[] tokens, int length) {
    checkLength(tokens, length);
    return minSelf.contextMin(tokens, length, width);
  }

  private int stepSeed(int[] tokens, int length) {
    checkLength(tokens, length);
    return KeyedMixer.fold(KeyedMixer.contextSeed(keySeed, tokens, length, width));
  }

  private static void checkLength(int[] tokens, int length) {
    if (length < 0 || length > tokens.length) {
      throw new IllegalArgumentException(
          "length " + length + " outside tokens of size " + tokens.length);
    }
  }
}
