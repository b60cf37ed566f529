package dev.candor.text.watermark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
