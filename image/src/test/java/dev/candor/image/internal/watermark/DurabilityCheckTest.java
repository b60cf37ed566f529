package dev.candor.image.internal.watermark;

import static dev.candor.image.internal.watermark.TileLayout.TILE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DurabilityCheckTest {
  private static final TileLayout LAYOUT =
      new TileLayout("durability-test-seed-0123456789ab".getBytes(StandardCharsets.US_ASCII));
  private static final TileSync SYNC = new TileSync(LAYOUT);
  private static final long PAYLOAD = 0x0123456789abcdefL;

  /** A gradient under seeded noise: a textured host the mark holds on at the base budget. */
  private static float[] host(int w, int h) {
    SplittableRandom rnd = new SplittableRandom(7);
    float[] y = new float[w * h];
    for (int r = 0; r < h; r++) {
      for (int x = 0; x < w; x++) {
        y[r * w + x] = (float) (60 + 120.0 * x / w + 30.0 * r / h + 40 * (rnd.nextDouble() - 0.5));
      }
    }
    return y;
  }

  private static DurabilityCheck check(float[] y) {
    return new DurabilityCheck(y, 640, 512, PAYLOAD, LAYOUT, SYNC);
  }

  private static MarkStrength.Fitted plainMark(float[] y, int w, int h, long payload) {
    boolean[] coded = PayloadCodec.encode(payload, LAYOUT.crcMask);
    return new MarkStrength(y, w, h).fit(TileRenderer.shaped(LAYOUT.chipValues(coded)));
  }

  @Test
  void test_markedHost_holdsInTheHalfSizeJpegCopy() {
    float[] y = host(640, 512);
    MarkStrength.Fitted mark = plainMark(y, 640, 512, PAYLOAD);
    assertEquals(
        DurabilityCheck.Verdict.HOLDS,
        check(y).test(mark).verdict());
  }

  @Test
  void test_otherPayloadOrNoMark_lost() {
    float[] y = host(640, 512);
    MarkStrength.Fitted other = plainMark(y, 640, 512, ~PAYLOAD);
    assertEquals(
        DurabilityCheck.Verdict.LOST,
        check(y).test(other).verdict());
    MarkStrength.Fitted none = new MarkStrength(y, 640, 512).fit(new float[TILE * TILE]);
    assertEquals(
        DurabilityCheck.Verdict.LOST,
        check(y).test(none).verdict());
  }

  @Test
  void test_smallImage_readsTheFullSizeJpeg50Copy() {
    // 320×256, under SMALL_SIDE: the half-size copy is one tile; the full-size JPEG 50 copy
    // decides.
    float[] y = host(320, 256);
    DurabilityCheck small = new DurabilityCheck(y, 320, 256, PAYLOAD, LAYOUT, SYNC);
    DurabilityCheck.Reading marked = small.test(plainMark(y, 320, 256, PAYLOAD));
    assertNotEquals(DurabilityCheck.Verdict.LOST, marked.verdict());
    DurabilityCheck.Reading other = small.test(plainMark(y, 320, 256, ~PAYLOAD));
    assertEquals(DurabilityCheck.Verdict.LOST, other.verdict());
    assertTrue(marked.beats(other));
    MarkStrength.Fitted none = new MarkStrength(y, 320, 256).fit(new float[TILE * TILE]);
    assertEquals(DurabilityCheck.Verdict.LOST, small.test(none).verdict());
  }

  @Test
  void reading_lostOnlyAtZeroHoldsOnlyWhenEveryCopyHolds() {
    assertEquals(DurabilityCheck.Verdict.LOST, new DurabilityCheck.Reading(0).verdict());
    for (int score = 1; score < DurabilityCheck.Reading.HOLDS_SCORE; score++) {
      assertEquals(DurabilityCheck.Verdict.MARGINAL, new DurabilityCheck.Reading(score).verdict());
    }
    DurabilityCheck.Reading holds = new DurabilityCheck.Reading(DurabilityCheck.Reading.HOLDS_SCORE);
    assertEquals(DurabilityCheck.Verdict.HOLDS, holds.verdict());
    // A marginal reading that improves (one copy from lost to marginal) counts as better.
    assertTrue(new DurabilityCheck.Reading(2).beats(new DurabilityCheck.Reading(1)));
    assertFalse(new DurabilityCheck.Reading(2).beats(new DurabilityCheck.Reading(2)));
  }

  @Test
  void unattacked_markedHostReads_unmarkedOrOtherPayloadLost() {
    float[] y = host(640, 512);
    assertEquals(
        DurabilityCheck.Verdict.HOLDS, check(y).unattacked(plainMark(y, 640, 512, PAYLOAD)));
    assertEquals(
        DurabilityCheck.Verdict.LOST, check(y).unattacked(plainMark(y, 640, 512, ~PAYLOAD)));
    MarkStrength.Fitted none = new MarkStrength(y, 640, 512).fit(new float[TILE * TILE]);
    assertEquals(DurabilityCheck.Verdict.LOST, check(y).unattacked(none));
  }

  @Test
  void applies_fromOneTileAtHalfSizeToTheLargestTestedSide() {
    assertTrue(DurabilityCheck.applies(TILE, TILE));
    assertTrue(DurabilityCheck.applies(4000, DurabilityCheck.MAX_SIDE - 1));
    assertFalse(DurabilityCheck.applies(TILE - 1, 4000));
    assertFalse(DurabilityCheck.applies(1920, 1080));
  }

  @Test
  void applies_atAnySizeWhenTheMarkLiesMostlyAtTheFlatFloor() {
    double floorOnly = 0.8;
    double atBudget = MarkStrength.RMS_BUDGET;
    assertTrue(DurabilityCheck.applies(1920, 1080, floorOnly));
    assertTrue(DurabilityCheck.applies(1920, 1080, 0.69 * atBudget));
    assertFalse(DurabilityCheck.applies(1920, 1080, 0.71 * atBudget));
    assertFalse(DurabilityCheck.applies(1920, 1080, atBudget));
    assertTrue(DurabilityCheck.applies(640, 480, atBudget));
    assertFalse(DurabilityCheck.applies(TILE - 1, 4000, floorOnly));
  }
}
