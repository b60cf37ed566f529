package dev.candor.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.core.disclosure.DisclosureKind;
import dev.candor.core.disclosure.Disclosures;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class VisibleLabelTest {

  private static final VisibleLabel GENERATED_DE =
      VisibleLabel.builder().style(LabelStyle.AI_GENERATED).locale(Locale.GERMAN).build();

  @ParameterizedTest
  @ValueSource(
      ints = {
        BufferedImage.TYPE_INT_RGB,
        BufferedImage.TYPE_INT_ARGB,
        BufferedImage.TYPE_INT_ARGB_PRE,
        BufferedImage.TYPE_3BYTE_BGR,
        BufferedImage.TYPE_4BYTE_ABGR,
        BufferedImage.TYPE_BYTE_GRAY,
        BufferedImage.TYPE_USHORT_GRAY
      })
  void apply_directColourOrGreyImage_keepsSizeAndType(int type) {
    BufferedImage in = filled(new BufferedImage(300, 200, type), Color.WHITE);
    BufferedImage out = GENERATED_DE.apply(in);
    assertNotSame(in, out);
    assertEquals(300, out.getWidth());
    assertEquals(200, out.getHeight());
    assertEquals(type, out.getType());
    assertEquals(in.getColorModel(), out.getColorModel());
    assertTrue(changedPixels(in, out) > 100, "the badge was drawn");
  }

  @Test
  void apply_paletteImage_becomesRgbBecausePalettesCannotHoldAntialiasing() {
    BufferedImage in =
        filled(new BufferedImage(300, 200, BufferedImage.TYPE_BYTE_INDEXED), Color.WHITE);
    assertTrue(in.getColorModel() instanceof IndexColorModel);
    BufferedImage out = GENERATED_DE.apply(in);
    assertEquals(BufferedImage.TYPE_INT_RGB, out.getType());
    assertEquals(Color.WHITE.getRGB(), out.getRGB(5, 195));
  }

  @Test
  void apply_always_leavesTheCallersImageUnchanged() {
    BufferedImage in = noise(400, 300, BufferedImage.TYPE_3BYTE_BGR);
    byte[] before = ((DataBufferByte) in.getRaster().getDataBuffer()).getData().clone();
    GENERATED_DE.apply(in);
    assertArrayEquals(before, ((DataBufferByte) in.getRaster().getDataBuffer()).getData());
  }

  @ParameterizedTest
  @EnumSource(Corner.class)
  void apply_eachCorner_changesPixelsOnlyInsideTheFootprintInThatCorner(Corner corner) {
    VisibleLabel label =
        VisibleLabel.builder()
            .style(LabelStyle.AI_MODIFIED)
            .locale(new Locale("mt"))
            .corner(corner)
            .build();
    BufferedImage in = noise(640, 420, BufferedImage.TYPE_INT_RGB);
    BufferedImage out = label.apply(in);
    Rectangle footprint = label.footprint(640, 420);

    Rectangle changed = changedBounds(in, out);
    assertTrue(footprint.contains(changed), "changed " + changed + " outside " + footprint);
    boolean right = corner == Corner.TOP_RIGHT || corner == Corner.BOTTOM_RIGHT;
    boolean bottom = corner == Corner.BOTTOM_LEFT || corner == Corner.BOTTOM_RIGHT;
    assertEquals(right, changed.getCenterX() > 320, corner + " horizontal side");
    assertEquals(bottom, changed.getCenterY() > 210, corner + " vertical side");
    // The badge hugs its corner: within the margin plus shadow of both edges.
    int edgeGapX = right ? 640 - (changed.x + changed.width) : changed.x;
    int edgeGapY = bottom ? 420 - (changed.y + changed.height) : changed.y;
    assertTrue(edgeGapX < 20 && edgeGapY < 20, "gap to edges " + edgeGapX + "," + edgeGapY);
  }

  @Test
  void apply_explicitMargin_placesBadgeThatFarFromTheEdges() {
    VisibleLabel label = VisibleLabel.builder().margin(40).build();
    BufferedImage out =
        label.apply(filled(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), Color.WHITE));
    // Shadow is faint; measure the solid badge: pixels much darker than the white background.
    Rectangle badge = boundsWhere(out, rgb -> luma(rgb) < 128);
    assertEquals(400 - 40, badge.x + badge.width, 1);
    assertEquals(40, badge.y, 1);
  }

  @Test
  void apply_lightBackground_drawsDarkBadgeWithLightText() {
    BufferedImage out =
        GENERATED_DE.apply(
            filled(
                new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB), new Color(235, 235, 230)));
    Rectangle area = GENERATED_DE.footprint(600, 400);
    double badge = medianLuma(out, centre(area));
    assertTrue(badge < 60, "badge median luma " + badge + " on a light background");
    assertTrue(maxLuma(out, centre(area)) > 200, "white text inside the dark badge");
  }

  @Test
  void apply_darkBackground_drawsLightBadgeWithDarkText() {
    BufferedImage out =
        GENERATED_DE.apply(
            filled(new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB), new Color(20, 25, 40)));
    Rectangle area = GENERATED_DE.footprint(600, 400);
    double badge = medianLuma(out, centre(area));
    assertTrue(badge > 200, "badge median luma " + badge + " on a dark background");
    assertTrue(minLuma(out, centre(area)) < 60, "dark text inside the light badge");
  }

  @Test
  void apply_backgroundDifferentInOppositeCorner_onlyLooksUnderTheLabel() {
    // Dark left half, light right half: a top-right label is dark, a top-left label light.
    BufferedImage in = filled(new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB), Color.WHITE);
    Graphics2D g = in.createGraphics();
    g.setColor(Color.BLACK);
    g.fillRect(0, 0, 300, 400);
    g.dispose();
    VisibleLabel left = VisibleLabel.builder().corner(Corner.TOP_LEFT).build();
    VisibleLabel right = VisibleLabel.builder().corner(Corner.TOP_RIGHT).build();
    assertTrue(medianLuma(left.apply(in), centre(left.footprint(600, 400))) > 200);
    assertTrue(medianLuma(right.apply(in), centre(right.footprint(600, 400))) < 60);
  }

  @Test
  void apply_everyLanguage_rendersTheBadge() {
    for (String language : Disclosures.supportedLanguages()) {
      for (LabelStyle style : LabelStyle.values()) {
        VisibleLabel label =
            VisibleLabel.builder().style(style).locale(new Locale(language)).build();
        BufferedImage in =
            filled(new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB), Color.WHITE);
        assertTrue(changedPixels(in, label.apply(in)) > 200, language + " " + style);
      }
    }
  }

  @Test
  void footprint_labelledStyleOnNarrowImage_fallsBackToTheMarkOnly() {
    VisibleLabel generated =
        VisibleLabel.builder().style(LabelStyle.AI_GENERATED).locale(new Locale("el")).build();
    VisibleLabel mark = VisibleLabel.builder().locale(new Locale("el")).build();
    assertEquals(mark.footprint(90, 300), generated.footprint(90, 300));
    assertTrue(generated.footprint(900, 300).width > mark.footprint(900, 300).width);
  }

  @Test
  void apply_tinyImage_throwsIllegalArgument() {
    BufferedImage tiny = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GENERATED_DE.apply(tiny));
    assertTrue(e.getMessage().contains("16x16"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> GENERATED_DE.apply(null));
  }

  @Test
  void builder_misuse_throwsIllegalArgument() {
    assertThrows(IllegalArgumentException.class, () -> VisibleLabel.builder().margin(-1));
    assertThrows(IllegalArgumentException.class, () -> VisibleLabel.builder().locale(null));
    assertThrows(IllegalArgumentException.class, () -> VisibleLabel.builder().style(null));
    assertThrows(IllegalArgumentException.class, () -> VisibleLabel.builder().corner(null));
  }

  @Test
  void builder_customDisclosures_takePrecedenceOverLocale() {
    Disclosures own =
        Disclosures.forLocale(Locale.GERMAN)
            .withShortLabelOverride(DisclosureKind.AI_GENERATED, "Mit KI erstellt");
    VisibleLabel label =
        VisibleLabel.builder()
            .style(LabelStyle.AI_GENERATED)
            .locale(Locale.FRENCH)
            .disclosures(own)
            .build();
    assertEquals("de", label.disclosures().language());
    assertEquals(
        VisibleLabel.builder().style(LabelStyle.AI_GENERATED).disclosures(own).build(), label);
    assertTrue(label.footprint(800, 500).width != GENERATED_DE.footprint(800, 500).width);
  }

  // ---- helpers

  private static BufferedImage filled(BufferedImage img, Color c) {
    Graphics2D g = img.createGraphics();
    g.setColor(c);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    g.dispose();
    return img;
  }

  private static BufferedImage noise(int w, int h, int type) {
    BufferedImage img = new BufferedImage(w, h, type);
    Random random = new Random(42);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        img.setRGB(x, y, random.nextInt() | 0xFF000000);
      }
    }
    return img;
  }

  private static int changedPixels(BufferedImage a, BufferedImage b) {
    int n = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if (a.getRGB(x, y) != b.getRGB(x, y)) {
          n++;
        }
      }
    }
    return n;
  }

  private static Rectangle changedBounds(BufferedImage a, BufferedImage b) {
    Rectangle r = null;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if (a.getRGB(x, y) != b.getRGB(x, y)) {
          r = r == null ? new Rectangle(x, y, 1, 1) : r.union(new Rectangle(x, y, 1, 1));
        }
      }
    }
    return r;
  }

  private static Rectangle boundsWhere(BufferedImage img, java.util.function.IntPredicate test) {
    Rectangle r = null;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        if (test.test(img.getRGB(x, y))) {
          r = r == null ? new Rectangle(x, y, 1, 1) : r.union(new Rectangle(x, y, 1, 1));
        }
      }
    }
    return r;
  }

  /** The middle half of a rectangle: inside the badge, away from the shadow. */
  private static Rectangle centre(Rectangle r) {
    return new Rectangle(r.x + r.width / 4, r.y + r.height / 4, r.width / 2, r.height / 2);
  }

  private static double[] lumas(BufferedImage img, Rectangle r) {
    double[] values = new double[r.width * r.height];
    int i = 0;
    for (int y = r.y; y < r.y + r.height; y++) {
      for (int x = r.x; x < r.x + r.width; x++) {
        values[i++] = luma(img.getRGB(x, y));
      }
    }
    Arrays.sort(values);
    return values;
  }

  private static double medianLuma(BufferedImage img, Rectangle r) {
    double[] v = lumas(img, r);
    return v[v.length / 2];
  }

  private static double maxLuma(BufferedImage img, Rectangle r) {
    double[] v = lumas(img, r);
    return v[v.length - 1];
  }

  private static double minLuma(BufferedImage img, Rectangle r) {
    return lumas(img, r)[0];
  }

  private static double luma(int rgb) {
    return 0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
  }
}
