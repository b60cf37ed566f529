package dev.candor.image.internal.watermark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WatermarkDetectorTest {
  @Test
  void maxDecodes_unionBoundOverCrcTrials_atMostOnePerMillion() {
    assertTrue(WatermarkDetector.MAX_DECODES * Math.pow(2, -24) <= 1e-6);
  }

  @Test
  void maxDecodes_coversEveryHypothesis() {
    // identity + lattices + their unrotated copies + the sweep's one hypothesis
    assertTrue(1 + 2 * LatticeEstimator.MAX_LATTICES + 1 <= WatermarkDetector.MAX_DECODES);
  }
}
