package dev.candor.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.candor.image.LabelResult;
import dev.candor.image.watermark.WatermarkPayload;
import dev.candor.image.watermark.WatermarkStrength;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LabellerTest {
  private static LabelResult marked(WatermarkStrength s) {
    return new LabelResult(Optional.of(WatermarkPayload.of(7)), Optional.of(s));
  }

  @Test
  void fallbackNote_onlyWhenTheMarkTookALaterStrength() {
    assertEquals(
        "watermarked at the robust strength: the standard mark did not read back",
        Labeller.fallbackNote(WatermarkStrength.STANDARD, marked(WatermarkStrength.ROBUST)));
    assertNull(Labeller.fallbackNote(WatermarkStrength.STANDARD, marked(WatermarkStrength.STANDARD)));
    assertNull(Labeller.fallbackNote(WatermarkStrength.ROBUST, marked(WatermarkStrength.ROBUST)));
    assertNull(Labeller.fallbackNote(
        WatermarkStrength.STANDARD, new LabelResult(Optional.empty(), Optional.empty())));
  }
}
