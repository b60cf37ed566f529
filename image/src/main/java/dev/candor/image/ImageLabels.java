package dev.candor.image;

import dev.candor.core.ProvenanceException;
import dev.candor.core.Provenance;
import dev.candor.core.ValidationReport;
import dev.candor.core.ValidationState;
import dev.candor.core.VerifyOptions;
import dev.candor.core.asset.AssetSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import dev.candor.core.ManifestRepository;
import dev.candor.image.watermark.ImageWatermark;
import dev.candor.image.watermark.WatermarkDetection;
import dev.candor.image.watermark.WatermarkKey;
import dev.candor.image.watermark.WatermarkPayload;
import dev.candor.image.watermark.WatermarkSearch;

/**
 * The image module's facade: labels AI-generated images (visible label, XMP/IPTC fields, signed
 * C2PA record) and verifies what an image carries.
 *
 * <pre>{@code
 * ImageLabeler labeler = ImageLabels.labeler(SigningOptions.of(signer))
 *     .model(GeneratorInfo.of("Example Diffusion", "3.1"))
 *     .build();
 * byte[] labelled = labeler.label(generatedPng);
 * ImageVerification v = ImageLabels.verify(AssetSource.of(labelled), VerifyOptions.defaults());
 * }</pre>
 */
public final class ImageLabels {
  private ImageLabels() {}

  /** A builder for a labeller that signs with {@code signing}. */
  public static ImageLabeler.Builder labeler(dev.candor.core.SigningOptions signing) {
    return ImageLabeler.builder(signing);
  }

  /**
   * Verifies an image: detects its format, validates its C2PA record and reads its XMP. A format
   * Candor does not read gives a result whose {@link ImageVerification#supported()} is false, not
   * a false "no manifest".
   *
   * @throws ProvenanceException when the container is unreadable (truncated, lying lengths)
   * @throws IOException when the bytes cannot be read
   */
  public static ImageVerification verify(AssetSource source, VerifyOptions options)
      throws ProvenanceException, IOException {
    byte[] head = source.read(0, (int) Math.min(source.size(), ImageFormats.HEAD_LENGTH));
    FileFormat format = ImageFormats.detect(head);
    Optional<ImageAssetFormat> handler = ImageFormats.forFormat(format);
    if (handler.isEmpty()) {
      return new ImageVerification(format, Optional.empty(), Optional.empty(), Optional.empty());
    }
    ValidationReport report = Provenance.verify(handler.get(), source, options);
    return new ImageVerification(format, Optional.of(report), handler.get().readXmp(source),
        Optional.empty());
  }

  /**
   * {@link #verify(AssetSource, VerifyOptions)} plus the watermark layer: decodes the pixels, looks
   * for a watermark made with {@code key}, and when found looks its id up in {@code repository}
   * and validates the record it names. This is how a copy whose metadata a platform stripped still
   * finds its provenance. The geometry is searched in full unless the image's own record
   * validates (then at its geometry only, see the five-argument form).
   *
   * @throws ProvenanceException when the container is unreadable
   * @throws IOException when the bytes or the repository cannot be read
   */
  public static ImageVerification verify(AssetSource source, VerifyOptions options, WatermarkKey key,
      ManifestRepository repository) throws ProvenanceException, IOException {
    return verify(source, options, key, repository, WatermarkSearch.FULL);
  }

  /**
   * As {@link #verify(AssetSource, VerifyOptions, WatermarkKey, ManifestRepository)}, the watermark
   * searched as far as {@code search} says ({@link WatermarkSearch#QUICK}: copies at the marked
   * geometry only, for screening many images). Where the image's own C2PA record validates (its
   * signature and its hard binding: the pixels are those signed), the watermark is looked for with
   * {@link WatermarkSearch#QUICK} whatever {@code search} says: a mark made before signing is at its
   * geometry, which the quick search reads as well as the full one, and a file from another
   * signer that carries no mark costs a tenth of the full search to say so. (A mark resized
   * before a valid record was signed over it is not looked for; the record decides the verdict.)
   *
   * @throws ProvenanceException when the container is unreadable
   * @throws IOException when the bytes or the repository cannot be read
   */
  public static ImageVerification verify(AssetSource source, VerifyOptions options, WatermarkKey key,
      ManifestRepository repository, WatermarkSearch search)
      throws ProvenanceException, IOException {
    ImageVerification v = verify(source, options);
    if (!v.supported()) {
      return v;
    }
    java.awt.image.BufferedImage img;
    try {
      img = ImageFormats.readPixels(source.read(0, (int) source.size()));
    } catch (ProvenanceException e) {
      return v;
    }
    if (img.getWidth() < ImageWatermark.MIN_SIDE / 2 || img.getHeight() < ImageWatermark.MIN_SIDE / 2) {
      return v;
    }
    boolean pixelsAsSigned =
        v.c2pa().filter(r -> r.hasManifest() && r.state() != ValidationState.INVALID).isPresent();
    WatermarkDetection d =
        ImageWatermark.detect(img, key, pixelsAsSigned ? WatermarkSearch.QUICK : search);
    Optional<ValidationReport> recovered = Optional.empty();
    boolean matches = false;
    if (d.found()) {
      WatermarkPayload p = d.payload().orElseThrow();
      Optional<byte[]> store = repository.get(p.toHex());
      if (store.isPresent()) {
        recovered = Optional.of(Provenance.verifySidecar(store.get(), source, options));
        matches = Provenance.softBindings(store.get()).stream().anyMatch(b ->
            b.algorithm().equals(ImageWatermark.ALGORITHM) && java.util.Arrays.equals(b.value(), p.toBytes()));
      }
    }
    return new ImageVerification(v.format(), v.c2pa(), v.xmp(),
        Optional.of(new WatermarkFinding(d, recovered, matches)));
  }

  /** {@link #verify(AssetSource, VerifyOptions)} on a file. */
  public static ImageVerification verify(Path file, VerifyOptions options)
      throws ProvenanceException, IOException {
    try (AssetSource s = AssetSource.open(file)) {
      return verify(s, options);
    }
  }
}
