package dev.candor.image.internal.watermark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DetectorPlaneTest {
  private static BufferedImage noise(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Random rnd = new Random(7);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        img.getRaster().setSample(x, y, 0, rnd.nextInt(256));
      }
    }
    return img;
  }

  @Test
  void of_1080pCopy_identityPlanesBinTheRegionAlreadyRead() {
    List<DetectorPlane> planes = DetectorPlane.of(noise(1920, 1080));
    assertEquals(3, planes.size());
    DetectorPlane asIs = planes.get(0);
    assertTrue(asIs.searched);
    for (int i = 1; i < 3; i++) {
      DetectorPlane binned = planes.get(i);
      int s = binned.bin;
      assertFalse(binned.searched);
      assertEquals(1024 / s, binned.rw);
      assertEquals(1024 / s, binned.rh);
      assertArrayEquals(TileScale.bin(asIs.y(), 1024, 1024, s), binned.y());
    }
  }

  @Test
  void of_4kCopy_searchedBinnedPlaneCoversTheCentral2048Square() {
    BufferedImage img = noise(3840, 2160);
    List<DetectorPlane> planes = DetectorPlane.of(img);
    assertEquals(3, planes.size());
    DetectorPlane half = planes.get(1);
    assertTrue(half.searched);
    assertEquals(1024, half.rw);
    assertEquals(1024, half.rh);
    // The embedder's 1920×1080 proxy has its central 1024² region at (448, 28): full size ×2.
    float[] expected =
        TileScale.bin(LumaPlane.read(img, 896, 56, 2048, 2048), 2048, 2048, 2);
    assertArrayEquals(expected, half.y());
    DetectorPlane quarter = planes.get(2);
    assertFalse(quarter.searched);
    assertEquals(960, quarter.rw);
    assertEquals(540, quarter.rh);
  }

  @Test
  void of_wideCopy_binnedPlaneSearchedWithItsOwnRegion() {
    // A 3440×1440 image at 0.75×: too short for the short-side rule, searched by the long side.
    BufferedImage img = noise(2580, 1080);
    List<DetectorPlane> planes = DetectorPlane.of(img);
    DetectorPlane half = planes.get(1);
    assertEquals(2, half.bin);
    assertTrue(half.searched);
    assertEquals(1024, half.rw);
    assertEquals(540, half.rh);
    float[] expected = TileScale.bin(LumaPlane.read(img, 266, 0, 2048, 1080), 2048, 1080, 2);
    assertArrayEquals(expected, half.y());
  }
}
