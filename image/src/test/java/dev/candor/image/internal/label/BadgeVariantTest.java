package dev.candor.image.internal.label;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class BadgeVariantTest {

  @Test
  void forBackgroundLuma_lightOrDark_picksTheContrastingVariant() {
    assertEquals(BadgeVariant.DARK, BadgeVariant.forBackgroundLuma(250));
    assertEquals(BadgeVariant.DARK, BadgeVariant.forBackgroundLuma(129));
    assertEquals(BadgeVariant.LIGHT, BadgeVariant.forBackgroundLuma(128));
    assertEquals(BadgeVariant.LIGHT, BadgeVariant.forBackgroundLuma(0));
  }

  @Test
  void meanLuma_transparentPixels_countAsWhite() {
    BufferedImage clear = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);
    assertEquals(255, BackgroundProbe.meanLuma(clear, new Rectangle(0, 0, 10, 10)), 1e-9);
  }

  @Test
  void meanLuma_opaqueGrey_isItsLuma() {
    BufferedImage grey = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 100; y++) {
      for (int x = 0; x < 100; x++) {
        grey.setRGB(x, y, 0x404040);
      }
    }
    assertEquals(64, BackgroundProbe.meanLuma(grey, new Rectangle(50, 50, 80, 80)), 1e-6);
  }
}
