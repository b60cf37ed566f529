package dev.candor.benchmarks.eval;

import dev.candor.image.watermark.WatermarkSearch;
import dev.candor.image.watermark.WatermarkStrength;
import java.util.Locale;

/**
 * The watermark strength an evaluation marks at ({@code -Dwm.strength=robust}, else standard) and
 * how far it searches when detecting ({@code -Dwm.search=quick}, else full).
 */
final class EvalStrength {
  private EvalStrength() {}

  /** The strength named by the {@code wm.strength} system property (default standard). */
  static WatermarkStrength get() {
    return WatermarkStrength.valueOf(
        System.getProperty("wm.strength", "standard").toUpperCase(Locale.ROOT));
  }

  /** The search named by the {@code wm.search} system property (default full). */
  static WatermarkSearch search() {
    return WatermarkSearch.valueOf(
        System.getProperty("wm.search", "full").toUpperCase(Locale.ROOT));
  }
}
