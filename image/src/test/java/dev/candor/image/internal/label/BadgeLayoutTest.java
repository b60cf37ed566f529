package dev.candor.image.internal.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import org.junit.jupiter.api.Test;

class BadgeLayoutTest {

  @Test
  void compute_smallImage_usesTheLegibleMinimumHeight() {
    BadgeLayout layout = BadgeLayout.compute(256, 256, true, false, -1, "AI", null);
    assertEquals(BadgeLayout.MIN_HEIGHT, layout.height);
  }

  @Test
  void compute_photoSizes_scaleWithTheShorterSide() {
    assertEquals(50, BadgeLayout.compute(1500, 1000, true, false, -1, "AI", null).height);
    assertEquals(150, BadgeLayout.compute(4000, 3000, true, false, -1, "AI", null).height);
    assertEquals(150, BadgeLayout.compute(3000, 4000, true, false, -1, "AI", null).height);
  }

  @Test
  void compute_hugeImage_capsTheHeight() {
    assertEquals(
        BadgeLayout.MAX_HEIGHT,
        BadgeLayout.compute(12000, 9000, true, false, -1, "AI", null).height);
  }

  @Test
  void compute_topRight_hugsTheCornerAtTheMargin() {
    BadgeLayout layout = BadgeLayout.compute(1000, 800, true, false, 30, "KI", "KI-generiert");
    Rectangle b = layout.bounds();
    assertEquals(1000 - 30, b.x + b.width);
    assertEquals(30, b.y);
    assertTrue(layout.hasLabel());
  }

  @Test
  void compute_bottomLeft_hugsTheCornerAtTheDefaultMargin() {
    BadgeLayout layout = BadgeLayout.compute(1000, 800, false, true, -1, "KI", null);
    Rectangle b = layout.bounds();
    assertEquals(20, b.x); // 2.5% of 800
    assertEquals(800 - 20, b.y + b.height);
  }

  @Test
  void compute_labelTooLongForTheWidth_shrinksThenDropsTheLabel() {
    String label = "Αυτό το περιεχόμενο τροποποιήθηκε με τεχνητή νοημοσύνη";
    BadgeLayout shrunk = BadgeLayout.compute(500, 2000, true, false, -1, "ΤΝ", label);
    assertTrue(shrunk.hasLabel());
    assertTrue(shrunk.height < 100, "shrunk to fit: " + shrunk.height);
    assertTrue(shrunk.bounds().x >= 0);
    BadgeLayout markOnly = BadgeLayout.compute(100, 2000, true, false, -1, "ΤΝ", label);
    assertFalse(markOnly.hasLabel());
    assertTrue(markOnly.bounds().x >= 0);
  }

  @Test
  void compute_imageTooSmall_throwsIllegalArgument() {
    assertThrows(
        IllegalArgumentException.class,
        () -> BadgeLayout.compute(20, 20, true, false, -1, "AI", null));
  }

  @Test
  void footprint_containsTheBadgeAndItsShadow() {
    BadgeLayout layout = BadgeLayout.compute(1000, 800, true, true, -1, "AI", "AI-generated");
    Rectangle footprint = layout.footprint();
    assertTrue(footprint.contains(layout.bounds()));
    assertTrue(footprint.width > layout.bounds().width);
  }
}
