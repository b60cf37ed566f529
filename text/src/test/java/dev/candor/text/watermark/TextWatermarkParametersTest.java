package dev.candor.text.watermark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextWatermarkParametersTest {

  @Test
  void presets_haveDocumentedValues() {
    assertEquals(
        TextWatermarkParameters.kgw(0.25, 2.0, 1, ContextHash.LEFT),
        TextWatermarkParameters.KGW_DEFAULT);
    assertEquals(ContextHash.MIN_SELF, TextWatermarkParameters.KGW_MIN_SELF_HASH.contextHash());
    assertEquals(TextWatermarkParameters.kgw(0.2, 2.25, 1), TextWatermarkParameters.KGW_ROBUST);
    assertEquals(ContextHash.LEFT, TextWatermarkParameters.GUMBEL_DEFAULT.contextHash());
  }

  @Test
  void kgw_contextWidthZeroLeftHash_accepted() {
    assertEquals(0, TextWatermarkParameters.kgw(0.25, 2, 0).contextWidth());
  }

  @Test
  void kgw_contextWidthZeroMinSelf_rejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> TextWatermarkParameters.kgw(0.25, 2, 0, ContextHash.MIN_SELF));
  }

  @Test
  void gumbel_contextWidthZeroOrMinSelf_rejected() {
    assertThrows(IllegalArgumentException.class, () -> TextWatermarkParameters.gumbel(0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new TextWatermarkParameters(WatermarkScheme.GUMBEL, 0, 0, 1, ContextHash.MIN_SELF));
  }

  @Test
  void kgw_badGammaDeltaWidthOrNullHash_rejected() {
    assertThrows(IllegalArgumentException.class, () -> TextWatermarkParameters.kgw(0, 2, 1));
    assertThrows(IllegalArgumentException.class, () -> TextWatermarkParameters.kgw(0.25, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> TextWatermarkParameters.kgw(0.25, 2, 9));
    assertThrows(
        IllegalArgumentException.class, () -> TextWatermarkParameters.kgw(0.25, 2, 1, null));
  }
}
