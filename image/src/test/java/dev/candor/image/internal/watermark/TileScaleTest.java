package dev.candor.image.internal.watermark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TileScaleTest {
  @Test
  void forEmbedding_enlargesFrom2048And4096PxOnTheShortSide_orWideFrom2688And5376OnTheLong() {
    assertEquals(1, TileScale.forEmbedding(1920, 1080));
    assertEquals(1, TileScale.forEmbedding(2560, 1600));
    assertEquals(1, TileScale.forEmbedding(2687, 1536));
    assertEquals(1, TileScale.forEmbedding(8000, 1279));
    assertEquals(2, TileScale.forEmbedding(2688, 1280));
    assertEquals(2, TileScale.forEmbedding(1632, 2912));
    assertEquals(2, TileScale.forEmbedding(3440, 1440));
    assertEquals(2, TileScale.forEmbedding(8000, 2047));
    assertEquals(2, TileScale.forEmbedding(2048, 2048));
    assertEquals(2, TileScale.forEmbedding(3840, 2160));
    assertEquals(2, TileScale.forEmbedding(5120, 2880));
    assertEquals(2, TileScale.forEmbedding(5375, 4095));
    assertEquals(4, TileScale.forEmbedding(5376, 2560));
    assertEquals(4, TileScale.forEmbedding(7680, 4320));
    assertEquals(4, TileScale.forEmbedding(20000, 20000));
  }

  @Test
  void views_asIsFirst_binnedWhereAnEnlargedTileOrACropOfOneFits() {
    assertArrayEquals(new int[] {1}, TileScale.views(600, 319));
    assertArrayEquals(new int[] {1, 2}, TileScale.views(320, 320));
    assertArrayEquals(new int[] {1, 2}, TileScale.views(1920, 639));
    assertArrayEquals(new int[] {1, 2, 4}, TileScale.views(1920, 640));
    assertArrayEquals(new int[] {1, 2, 4}, TileScale.views(1920, 1080));
    assertArrayEquals(new int[] {1, 2, 4}, TileScale.views(3840, 2160));
  }

  @Test
  void searched_asIsAlways_binnedWhereAShrunkEnlargedTileCanStillBeLarge() {
    assertTrue(TileScale.searched(300, 200, 1));
    assertFalse(TileScale.searched(1920, 1200, 2));
    assertTrue(TileScale.searched(2048, 1280, 2));
    // A wide image enlarged at its smallest, shrunk to 0.75×; not a 1080p copy.
    assertTrue(TileScale.searched(2016, 960, 2));
    assertFalse(TileScale.searched(1920, 1080, 2));
    assertFalse(TileScale.searched(2016, 959, 2));
    assertFalse(TileScale.searched(3840, 2160, 4));
    assertTrue(TileScale.searched(5120, 2880, 4));
  }

  @Test
  void latticesSearched_binned2x2From600PxOnTheShortSide_whereSmallImagesEnlargedLand() {
    // A 512-px image enlarged 1.75× (896 px) or shown on a 1080-px canvas (2.1×) holds the tile
    // at 0.9–1.05× binned 2×2; a 300-px one enlarged 2× (600 px) at 1×.
    assertTrue(TileScale.latticesSearched(896, 896, 2));
    assertTrue(TileScale.latticesSearched(1920, 1080, 2));
    assertTrue(TileScale.latticesSearched(900, 600, 2));
    assertFalse(TileScale.latticesSearched(900, 599, 2));
    assertFalse(TileScale.latticesSearched(4000, 3000, 4));
    assertFalse(TileScale.latticesSearched(4000, 3000, 1));
  }

  @Test
  void bin_boxMeansLeavingTheRemainderOut() {
    float[] y = {
      1, 3, 5, 7, 100,
      3, 5, 7, 9, 100,
      50, 50, 50, 50, 50,
    };
    assertArrayEquals(new float[] {3, 7}, TileScale.bin(y, 5, 3, 2));
  }

  @Test
  void readBinned_inStrips_sameAsBinningTheWholeRegion() {
    java.awt.image.BufferedImage img =
        new java.awt.image.BufferedImage(333, 290, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.util.Random rnd = new java.util.Random(3);
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        img.setRGB(x, y, rnd.nextInt(1 << 24));
      }
    }
    // 70 binned rows: more than one strip, the last one short.
    float[] whole = TileScale.bin(LumaPlane.read(img, 3, 7, 320, 280), 320, 280, 4);
    assertArrayEquals(whole, TileScale.readBinned(img, 3, 7, 80, 70, 4));
  }

  @Test
  void upsampled_thenBinned_givesTheSmoothProxyBack() {
    int cw = 40;
    int ch = 30;
    int s = 2;
    float[] coarse = new float[cw * ch];
    for (int j = 0; j < ch; j++) {
      for (int i = 0; i < cw; i++) {
        coarse[j * cw + i] = (float) (3 * Math.sin(i * 0.4) * Math.cos(j * 0.3));
      }
    }
    int w = cw * s + 1; // an odd width: the last column is held at the edge
    int h = ch * s;
    LumaPlane.RowDelta up =
        TileScale.upsampled((y, out) -> System.arraycopy(coarse, y * cw, out, 0, cw), cw, ch, s, w);
    float[] full = new float[w * h];
    float[] row = new float[w];
    for (int y = 0; y < h; y++) {
      up.row(y, row);
      System.arraycopy(row, 0, full, y * w, w);
    }
    assertEquals(full[w - 2], full[w - 1], 1e-6f);
    float[] back = TileScale.bin(full, w, h, s);
    // Bilinear up, box down: a [1/8, 3/4, 1/8] blur of the proxy, inside the edges.
    for (int j = 1; j < ch - 1; j++) {
      for (int i = 1; i < cw - 1; i++) {
        int k = j * cw + i;
        float bx = coarse[k] * 0.75f + (coarse[k - 1] + coarse[k + 1]) * 0.125f;
        float up1 = coarse[k - cw] * 0.75f + (coarse[k - cw - 1] + coarse[k - cw + 1]) * 0.125f;
        float dn1 = coarse[k + cw] * 0.75f + (coarse[k + cw - 1] + coarse[k + cw + 1]) * 0.125f;
        assertEquals(bx * 0.75f + (up1 + dn1) * 0.125f, back[k], 1e-4f, "at " + i + "," + j);
      }
    }
  }
}
