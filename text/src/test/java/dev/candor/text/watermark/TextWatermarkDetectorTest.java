package dev.candor.text.watermark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.text.internal.watermark.KeyedMixer;
import dev.candor.text.internal.watermark.MinSelfHash;
import org.junit.jupiter.api.Test;

class TextWatermarkDetectorTest {
  private static final TextWatermarkKey KEY = ToyModel.key(1);
  private static final TextWatermarkParameters KGW = TextWatermarkParameters.KGW_DEFAULT;
  private static final TextWatermarkParameters GUMBEL = TextWatermarkParameters.GUMBEL_DEFAULT;

  @Test
  void detect_kgwMarkedToyText_flagged() {
    GreenListProcessor processor = GreenListProcessor.of(KEY, KGW);
    TextWatermarkDetector detector = TextWatermarkDetector.of(KEY, KGW);
    for (long seed = 0; seed < 20; seed++) {
      DetectionResult result = detector.detect(ToyModel.generate(processor, 200, seed));
      assertTrue(result.watermarked(), result.toString());
      assertTrue(result.zScore() > 4.75, result.toString());
    }
  }

  @Test
  void detect_unmarkedToyText_notFlagged() {
    TextWatermarkDetector detector = TextWatermarkDetector.of(KEY, KGW);
    for (long seed = 0; seed < 50; seed++) {
      DetectionResult result =
          detector.detect(ToyModel.generate((GreenListProcessor) null, 200, seed));
      assertFalse(result.watermarked(), result.toString());
      assertTrue(result.zScore() < 4, result.toString());
    }
  }

  @Test
  void detect_gumbelMarkedToyText_flaggedAndUnmarkedNot() {
    GumbelSampler sampler = GumbelSampler.of(KEY, GUMBEL);
    TextWatermarkDetector detector = TextWatermarkDetector.of(KEY, GUMBEL);
    for (long seed = 0; seed < 20; seed++) {
      DetectionResult marked = detector.detect(ToyModel.generate(sampler, 200, seed));
      assertTrue(marked.watermarked(), marked.toString());
      DetectionResult plain =
          detector.detect(ToyModel.generate((GreenListProcessor) null, 200, seed));
      assertFalse(plain.watermarked(), plain.toString());
    }
  }

  @Test
  void detect_wrongKey_notFlagged() {
    TextWatermarkKey other = ToyModel.key(2);
    int[] kgwText = ToyModel.generate(GreenListProcessor.of(KEY, KGW), 200, 5);
    int[] gumbelText = ToyModel.generate(GumbelSampler.of(KEY, GUMBEL), 200, 5);
    assertFalse(TextWatermarkDetector.of(other, KGW).detect(kgwText).watermarked());
    assertFalse(TextWatermarkDetector.of(other, GUMBEL).detect(gumbelText).watermarked());
    assertTrue(TextWatermarkDetector.of(KEY, KGW).detect(kgwText).watermarked());
  }

  @Test
  void detect_oneGreenPairRepeated500Times_scoredOnceNotFlagged() {
    GreenListProcessor processor = GreenListProcessor.of(KEY, KGW);
    int a = 10;
    int b = 0;
    while (!processor.isGreen(new int[] {a}, 1, b) || !processor.isGreen(new int[] {b}, 1, a)) {
      b++;
    }
    int[] text = new int[1000];
    for (int i = 0; i < text.length; i++) {
      text[i] = i % 2 == 0 ? a : b;
    }
    DetectionResult result = TextWatermarkDetector.of(KEY, KGW).detect(text);
    assertEquals(2, result.scoredTokens(), result.toString());
    assertEquals(2, result.score(), 0);
    assertFalse(result.watermarked(), result.toString());
  }

  @Test
  void detect_emptyOrOneToken_scoresNothing() {
    DetectionResult result = TextWatermarkDetector.of(KEY, KGW).detect(new int[] {7});
    assertEquals(0, result.scoredTokens());
    assertEquals(1.0, result.pValue(), 0);
    assertFalse(result.watermarked());
  }

  @Test
  void detect_textThroughTokenizer_sameAsIds() {
    TextWatermarkDetector detector = TextWatermarkDetector.of(KEY, KGW);
    String text = "The same tokenizer must be used for generation and detection.";
    int[] ids = ByteTokenizer.INSTANCE.encode(text);
    assertEquals(detector.detect(ids), detector.detect(text, ByteTokenizer.INSTANCE));
  }

  @Test
  void toString_namesSchemeVerdictAndCounts() {
    DetectionResult result =
        TextWatermarkDetector.of(KEY, KGW)
            .detect(ToyModel.generate(GreenListProcessor.of(KEY, KGW), 200, 1));
    String text = result.toString();
    assertTrue(text.contains("dev.candor.textwm.kgw.1"), text);
    assertTrue(text.contains("WATERMARKED"), text);
    assertTrue(text.contains("/" + result.scoredTokens()), text);
  }

  @Test
  void detect_minSelfMarkedToyText_flaggedUnmarkedAndWrongKeyNot() {
    TextWatermarkParameters p = TextWatermarkParameters.KGW_MIN_SELF_HASH;
    GreenListProcessor processor = GreenListProcessor.of(KEY, p);
    TextWatermarkDetector detector = TextWatermarkDetector.of(KEY, p);
    TextWatermarkDetector wrongKey = TextWatermarkDetector.of(ToyModel.key(2), p);
    for (long seed = 0; seed < 20; seed++) {
      int[] marked = ToyModel.generate(processor, 200, seed);
      assertTrue(detector.detect(marked).watermarked(), detector.detect(marked).toString());
      assertFalse(wrongKey.detect(marked).watermarked(), wrongKey.detect(marked).toString());
      int[] plain = ToyModel.generate((GreenListProcessor) null, 200, seed);
      assertFalse(detector.detect(plain).watermarked(), detector.detect(plain).toString());
    }
  }

  @Test
  void detect_minSelfMarkedText_leftHashDetectorFindsNothing() {
    int[] marked =
        ToyModel.generate(
            GreenListProcessor.of(KEY, TextWatermarkParameters.KGW_MIN_SELF_HASH), 200, 3);
    DetectionResult result = TextWatermarkDetector.of(KEY, KGW).detect(marked);
    assertFalse(result.watermarked(), result.toString());
  }

  @Test
  void detect_minSelfSelfRankedGreenTokenAfterManyContexts_scoredOnce() {
    TextWatermarkParameters p = TextWatermarkParameters.KGW_MIN_SELF_HASH;
    MinSelfHash hash =
        new MinSelfHash(
            KEY.seed(WatermarkScheme.KGW.seedLabel()), KeyedMixer.greenThreshold(p.gamma()));
    // A token green under its own rank, then 400 contexts that all rank above it: every
    // occurrence after them repeats that one keyed coin flip.
    int token = 0;
    while (hash.rank(token) > Integer.MAX_VALUE / 8
        || hash.greenBit(hash.rank(token), token) == 0) {
      token++;
    }
    int[] text = new int[800];
    int c = 1000;
    for (int i = 0; i < 400; i++) {
      while (hash.rank(c) < hash.rank(token)) {
        c++;
      }
      text[2 * i] = c++;
      text[2 * i + 1] = token;
    }
    GreenListProcessor processor = GreenListProcessor.of(KEY, p);
    assertTrue(processor.isGreen(new int[] {text[0]}, 1, token));
    DetectionResult result = TextWatermarkDetector.of(KEY, p).detect(text);
    assertTrue(result.scoredTokens() <= 400, result.toString());
    assertFalse(result.watermarked(), result.toString());
    assertTrue(result.zScore() < 4, result.toString());
  }

  @Test
  void detect_contextWidthZero_repeatedTokenScoredOnce() {
    TextWatermarkParameters p = TextWatermarkParameters.kgw(0.25, 2, 0);
    GreenListProcessor processor = GreenListProcessor.of(KEY, p);
    int token = 0;
    while (!processor.isGreen(new int[0], 0, token)) {
      token++;
    }
    int[] text = new int[500];
    java.util.Arrays.fill(text, token);
    DetectionResult result = TextWatermarkDetector.of(KEY, p).detect(text);
    assertEquals(1, result.scoredTokens());
    assertFalse(result.watermarked(), result.toString());
  }
}
