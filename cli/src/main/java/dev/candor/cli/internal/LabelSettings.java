package dev.candor.cli.internal;

import dev.candor.core.GeneratorInfo;
import dev.candor.core.SigningOptions;
import dev.candor.image.ContentKind;
import dev.candor.image.Corner;
import dev.candor.image.watermark.WatermarkStrength;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How {@code candor label} labels every file of a run.
 *
 * @param signing the signer and optional time-stamp authority
 * @param model the generating model, or {@code null}
 * @param kind generated or edited with AI
 * @param visibleLabel whether images get a visible badge
 * @param corner where the badge goes
 * @param locale the language of the badge and the text disclosure
 * @param watermark a watermark step for images, or {@code null} for none
 * @param watermarkStrengths how strongly that step marks: the strengths tried in turn until the
 *     mark reads back (ignored without a watermark step)
 * @param force label files that are already labelled again
 */
public record LabelSettings(
    SigningOptions signing,
    GeneratorInfo model,
    ContentKind kind,
    boolean visibleLabel,
    Corner corner,
    Locale locale,
    dev.candor.cli.WatermarkLayer watermark,
    List<WatermarkStrength> watermarkStrengths,
    boolean force) {
  /** Requires the signing options, kind, corner, locale and a watermark strength. */
  public LabelSettings {
    Objects.requireNonNull(signing, "signing");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(corner, "corner");
    Objects.requireNonNull(locale, "locale");
    watermarkStrengths = List.copyOf(watermarkStrengths);
    if (watermarkStrengths.isEmpty()) {
      throw new IllegalArgumentException("at least one watermark strength");
    }
  }
}
