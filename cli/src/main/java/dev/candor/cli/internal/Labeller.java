package dev.candor.cli.internal;

import dev.candor.core.Action;
import dev.candor.core.Manifest;
import dev.candor.core.ManifestRepositoryException;
import dev.candor.core.ManifestSummary;
import dev.candor.core.Provenance;
import dev.candor.core.ProvenanceException;
import dev.candor.core.ValidationReport;
import dev.candor.core.ValidationState;
import dev.candor.core.VerifyOptions;
import dev.candor.core.asset.AssetSource;
import dev.candor.core.disclosure.DisclosureKind;
import dev.candor.core.disclosure.Disclosures;
import dev.candor.image.ContentKind;
import dev.candor.image.FileFormat;
import dev.candor.image.ImageFormats;
import dev.candor.image.ImageLabeler;
import dev.candor.image.ImageLabels;
import dev.candor.image.LabelResult;
import dev.candor.image.LabelStyle;
import dev.candor.image.VisibleLabel;
import dev.candor.image.watermark.WatermarkStrength;
import dev.candor.text.DisclosureFormat;
import dev.candor.text.Placement;
import dev.candor.text.TextDisclosure;
import dev.candor.text.TextLabels;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Labels one file at a time with fixed settings: images through {@link ImageLabeler}, text through
 * {@link TextLabels} (a footer disclosure in the run's language and a signed C2PA text wrapper).
 * Every output goes through {@link AtomicOutput}; inputs are only read. Thread-safe.
 */
public final class Labeller {
  /** The claim generator name that marks a record as Candor's own. */
  public static final String CANDOR = "Candor";

  private final LabelSettings settings;
  private final ImageLabeler images;
  private final ImageLabeler imagesWithoutBadge;
  private final Disclosures disclosures;
  private final DisclosureKind disclosureKind;

  /** Notes joined by "; ", either or both null. */
  private static String join(String a, String b) {
    return a == null ? b : b == null ? a : a + "; " + b;
  }

  /**
   * A note when the watermark took a fallback strength ({@code --watermark-strength auto}) rather
   * than {@code first}, else null.
   */
  static String fallbackNote(WatermarkStrength first, LabelResult result) {
    return result.watermarkStrength()
        .filter(used -> used != first)
        .map(used -> "watermarked at the " + used.name().toLowerCase(java.util.Locale.ROOT)
            + " strength: the " + first.name().toLowerCase(java.util.Locale.ROOT)
            + " mark did not read back")
        .orElse(null);
  }

  /** A labeller for one run. */
  public Labeller(LabelSettings settings) {
    this.settings = settings;
    this.disclosures = Disclosures.forLocale(settings.locale());
    boolean edited = settings.kind() == ContentKind.EDITED;
    this.disclosureKind = edited ? DisclosureKind.AI_MODIFIED : DisclosureKind.AI_GENERATED;
    ImageLabeler.Builder b =
        ImageLabels.labeler(settings.signing()).kind(settings.kind()).model(settings.model());
    if (settings.watermark() != null) {
      settings.watermark().embed(b, settings.watermarkStrengths());
    }
    this.imagesWithoutBadge = b.build();
    if (settings.visibleLabel()) {
      b.visibleLabel(
          VisibleLabel.builder()
              .style(edited ? LabelStyle.AI_MODIFIED : LabelStyle.AI_GENERATED)
              .disclosures(disclosures)
              .corner(settings.corner())
              .build());
    }
    this.images = b.build();
  }

  /**
   * Labels {@code in} into {@code target} ({@code target} may be {@code in} itself: in place).
   * Never throws: every problem is a failed or skipped outcome.
   */
  public LabelOutcome label(InputFile in, Path target) {
    String file = in.display();
    ContentType type;
    try {
      if (!Files.isRegularFile(in.path())) {
        return new LabelOutcome(
            file,
            null,
            LabelOutcome.Status.FAILED,
            Files.exists(in.path()) ? "not a regular file" : "no such file",
            null);
      }
      type = ContentType.of(in.path());
    } catch (IOException e) {
      return new LabelOutcome(file, null, LabelOutcome.Status.FAILED, "cannot read: " + e, null);
    }
    String kind = type.kind().name().toLowerCase(java.util.Locale.ROOT);
    if (type.kind() == ContentType.Kind.UNSUPPORTED) {
      return new LabelOutcome(file, null, LabelOutcome.Status.SKIPPED, type.reason(), kind);
    }
    boolean inPlace =
        target.toAbsolutePath().normalize().equals(in.path().toAbsolutePath().normalize());
    try {
      if (!settings.force()) {
        Path check = inPlace ? in.path() : target;
        if (Files.isRegularFile(check) && isLabelledByCandor(check, type)) {
          return new LabelOutcome(
              file,
              target.toString(),
              LabelOutcome.Status.SKIPPED,
              inPlace
                  ? "already labelled by Candor (use --force to label again)"
                  : "output exists and is labelled (use --force to label again)",
              kind);
        }
      }
      AtomicOutput.removeStaleParts(target);
      String note = null;
      if (type.kind() == ContentType.Kind.IMAGE) {
        String title = in.path().getFileName().toString();
        ImageLabeler labeler = images;
        if (settings.visibleLabel() && !canReencode(type.imageFormat())) {
          labeler = imagesWithoutBadge;
          note = "no visible label: this Java cannot decode " + type.imageFormat();
        }
        ImageLabeler chosen = labeler;
        long before = Files.size(in.path());
        boolean webp = type.imageFormat() == FileFormat.WEBP && chosen == images && rewritesPixels();
        LabelResult[] result = new LabelResult[1];
        try (AssetSource src = AssetSource.open(in.path())) {
          AtomicOutput.write(target, in.path(), out -> result[0] = chosen.label(src, title, out));
        }
        if (webp) {
          boolean lossy = ImageFormats.rewritesWebpLossy(Files.readAllBytes(target));
          note = String.format(java.util.Locale.ROOT, "pixels written as %s WebP, %.1f× the input's size",
              lossy ? "lossy" : "lossless", (double) Files.size(target) / Math.max(1, before));
        }
        note = join(note, fallbackNote(settings.watermarkStrengths().get(0), result[0]));
      } else {
        byte[] labelled =
            labelText(
                Files.readAllBytes(in.path()),
                type.textFormat(),
                in.path().getFileName().toString());
        AtomicOutput.write(target, in.path(), out -> out.write(labelled));
      }
      return new LabelOutcome(file, target.toString(), LabelOutcome.Status.LABELLED, note, kind);
    } catch (ProvenanceException e) {
      return new LabelOutcome(file, null, LabelOutcome.Status.FAILED, e.getMessage(), kind);
    } catch (ManifestRepositoryException e) {
      String why = "manifest repository: " + e.getMessage();
      return new LabelOutcome(file, null, LabelOutcome.Status.FAILED, why, kind);
    } catch (IOException e) {
      return new LabelOutcome(file, null, LabelOutcome.Status.FAILED, "I/O error: " + e, kind);
    } catch (IllegalArgumentException e) {
      return new LabelOutcome(file, null, LabelOutcome.Status.FAILED, e.getMessage(), kind);
    } catch (Exception e) {
      return new LabelOutcome(file, null, LabelOutcome.Status.FAILED, "internal error: " + e, kind);
    }
  }

  /**
   * Labels UTF-8 text: earlier C2PA wrappers are removed, the disclosure sentence is added as a
   * footer unless the text already carries it, and a signed wrapper is appended.
   *
   * @param title the {@code dc:title}, or {@code null}
   * @throws ProvenanceException when the text is not UTF-8 or signing fails
   */
  public byte[] labelText(byte[] utf8, DisclosureFormat format, String title)
      throws ProvenanceException, IOException {
    String content = Texts.decode(Texts.withoutWrappers(utf8));
    String sentence = disclosures.text(disclosureKind);
    Manifest.Builder m = Manifest.builder().title(title);
    Action.Builder created = Action.created(settings.kind().sourceType());
    if (settings.model() != null) {
      created.softwareAgent(settings.model());
    }
    Manifest manifest = m.action(created.build()).build();
    TextLabels.Builder b =
        TextLabels.builder().signedBy(() -> Provenance.prepare(manifest, settings.signing(), true));
    if (!content.contains(sentence)) {
      b.disclosure(
          TextDisclosure.of(sentence, disclosures.language(), settings.kind().sourceType()),
          format,
          Placement.FOOTER);
    }
    return b.build().label(content).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Whether pixels of this format can be decoded, to be written back (every format Candor labels
   * has an encoder; WebP's is lossless).
   */
  private static boolean canReencode(FileFormat format) {
    return javax.imageio.ImageIO.getImageReadersByMIMEType(format.mediaType()).hasNext();
  }

  /** Whether the image labeller changes pixels: a badge or a watermark. */
  private boolean rewritesPixels() {
    return settings.visibleLabel() || settings.watermark() != null;
  }

  /** Whether {@code file} verifies VALID or TRUSTED with a record Candor made. */
  public static boolean isLabelledByCandor(Path file, ContentType type) {
    try {
      Optional<ValidationReport> r;
      if (type.kind() == ContentType.Kind.IMAGE) {
        r = ImageLabels.verify(file, VerifyOptions.defaults()).c2pa();
      } else {
        r =
            Optional.of(
                TextLabels.verify(
                    Texts.decode(Files.readAllBytes(file)), VerifyOptions.defaults()));
      }
      return r.isPresent() && isCandorValid(r.get());
    } catch (ProvenanceException | IOException e) {
      return false;
    }
  }

  /** Whether a report is VALID or TRUSTED and its active manifest was made by Candor. */
  public static boolean isCandorValid(ValidationReport r) {
    return r.hasManifest()
        && r.state() != ValidationState.INVALID
        && r.activeManifest()
            .map(ManifestSummary::claimGenerator)
            .filter(CANDOR::equals)
            .isPresent();
  }
}
