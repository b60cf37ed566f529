package dev.candor.benchmarks.eval;

import dev.candor.image.watermark.WatermarkStrength;
import java.util.Locale;

/** The watermark strength an evaluation marks at: {@code -Dwm.strength=robust}, else standard. */
final class EvalStrength {
  private EvalStrength() {}

  /** The strength named by the {@code wm.strength} system property (default standard). */
  static WatermarkStrength get() {
    return WatermarkStrength.valueOf(
        System.getProperty("wm.strength", "standard").toUpperCase(Locale.ROOT));
  }
}
