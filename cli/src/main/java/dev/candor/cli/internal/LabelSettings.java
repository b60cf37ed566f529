package dev.candor.cli.internal;

import dev.candor.core.GeneratorInfo;
import dev.candor.core.SigningOptions;
import dev.candor.image.ContentKind;
import dev.candor.image.Corner;
import dev.candor.image.watermark.WatermarkStrength;
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
 * @param watermarkStrength how strongly that step marks (ignored without one)
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
    WatermarkStrength watermarkStrength,
    boolean force) {
  /** Requires the signing options, kind, corner, locale and watermark strength. */
  public LabelSettings {
    Objects.requireNonNull(signing, "signing");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(corner, "corner");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(watermarkStrength, "watermarkStrength");
  }
}
