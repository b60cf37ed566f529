package dev.candor.image;

import dev.candor.core.Action;
import dev.candor.core.Assertion;
import dev.candor.core.GeneratorInfo;
import dev.candor.core.ManifestRepository;
import dev.candor.core.Ingredient;
import dev.candor.core.Manifest;
import dev.candor.core.Provenance;
import dev.candor.core.ProvenanceException;
import dev.candor.core.Relationship;
import dev.candor.core.SigningOptions;
import dev.candor.core.SoftBinding;
import dev.candor.core.TrainingMining;
import dev.candor.core.ValidationReport;
import dev.candor.core.VerifyOptions;
import dev.candor.core.asset.AssetSource;
import dev.candor.core.asset.EmbedPlan;
import dev.candor.core.asset.EmbeddedStore;
import dev.candor.image.internal.CarriedMetadata;
import dev.candor.image.internal.pixels.Codec;
import dev.candor.image.internal.pixels.WebpEncoding;
import dev.candor.image.watermark.ImageWatermark;
import dev.candor.image.watermark.WatermarkDetection;
import dev.candor.image.watermark.WatermarkKey;
import dev.candor.image.watermark.WatermarkPayload;
import dev.candor.image.watermark.WatermarkSearch;
import dev.candor.image.watermark.WatermarkStrength;
import dev.candor.image.xmp.IptcAiFields;
import dev.candor.image.xmp.XmpPackets;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Labels images in one call, in the order the design fixes: visible label (pixels), watermark
 * (pixels), XMP/IPTC fields, then the signed C2PA record over all of it. Immutable and thread-safe;
 * one labeller serves every request.
 *
 * <p>When the input already carries a manifest store (for example a photo from a C2PA camera, or an
 * image Candor labelled before), it becomes the parent ingredient and its manifests are kept in the
 * single new store; nothing is stacked. The caller's input is never modified.
 *
 * <p>When the pixels change (a visible label, a watermark), the image is decoded and encoded again:
 * only a complete image is (a truncated JPEG, or one declaring more than 2²⁸ pixels, is refused
 * with the reason), pixels stored turned by an Exif orientation are turned upright first (Exif and
 * XMP then say orientation 1), and the original's metadata that still describes the new pixels is
 * kept (Exif, comments, IPTC, PNG text, colour and density chunks; see {@code CarriedMetadata}).
 * JPEG is encoded again at quality 0.92, PNG as PNG, and WebP by Candor's own encoders (no Java
 * library writes WebP): a lossy WebP as lossy WebP at the quantiser it was coded with (with the
 * watermark, at the coarsest finer one the mark reads back from, lossless at worst; transparency
 * kept exactly), a lossless one as lossless WebP; an animated WebP is refused.
 *
 * <p>Thumbnails are not written (C2PA makes them optional; they cost size and time).
 */
public final class ImageLabeler {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final SigningOptions signing;
  private final GeneratorInfo model;
  private final ContentKind kind;
  private final VisibleLabel visibleLabel;
  private final boolean xmp;
  private final String prompt;
  private final TrainingMining trainingMining;
  private final List<Assertion> assertions;
  private final WatermarkKey watermarkKey;
  private final List<WatermarkStrength> watermarkStrengths;
  private final LongSupplier watermarkIds;
  private final ManifestRepository repository;

  private ImageLabeler(Builder b) {
    this.signing = b.signing;
    this.model = b.model;
    this.kind = b.kind;
    this.visibleLabel = b.visibleLabel;
    this.xmp = b.xmp;
    this.prompt = b.prompt;
    this.trainingMining = b.trainingMining;
    this.assertions = List.copyOf(b.assertions);
    this.watermarkKey = b.watermarkKey;
    this.watermarkStrengths = b.watermarkStrengths;
    this.watermarkIds = b.watermarkIds;
    this.repository = b.repository;
  }

  static Builder builder(SigningOptions signing) {
    return new Builder(signing);
  }

  /**
   * Labels image bytes and returns the labelled image.
   *
   * @throws ProvenanceException when the image is unreadable, its format unsupported, or signing fails
   */
  public byte[] label(byte[] image) throws ProvenanceException {
    try {
      Job job = prepare(AssetSource.of(image), null);
      dev.candor.core.SignedAsset signed =
          Provenance.embedToArray(job.manifest, signing, job.plan, job.working);
      remember(job, signed.store());
      return signed.asset();
    } catch (IOException e) {
      throw new ProvenanceException("labelling in memory failed: " + e.getMessage(), e);
    }
  }

  /**
   * Labels an image read from {@code source} into {@code out}.
   *
   * @param title the {@code dc:title} (usually the file name), or {@code null}
   * @return the watermark id and strength, where a watermark was embedded
   * @throws ProvenanceException when the image is unreadable, its format unsupported, or signing fails
   * @throws IOException when reading or writing fails
   */
  public LabelResult label(AssetSource source, String title, OutputStream out)
      throws ProvenanceException, IOException {
    Job job = prepare(source, title);
    remember(job, Provenance.embed(job.manifest, signing, job.plan, job.working, out));
    return job.result();
  }

  /**
   * Labels the file {@code in} into a new file {@code out}: written to a temporary file beside it
   * and moved into place, so a failure leaves no partial output. {@code in} is only read.
   *
   * @return the watermark id and strength, where a watermark was embedded
   * @throws ProvenanceException when the image is unreadable, its format unsupported, or signing fails
   * @throws IOException when reading or writing fails
   */
  public LabelResult label(Path in, Path out) throws ProvenanceException, IOException {
    try (AssetSource source = AssetSource.open(in)) {
      Job job = prepare(source, in.getFileName().toString());
      remember(job, Provenance.embed(job.manifest, signing, job.plan, job.working, out));
      return job.result();
    }
  }

  private record Job(
      Manifest manifest,
      EmbedPlan plan,
      AssetSource working,
      WatermarkPayload mark,
      WatermarkStrength strength) {
    LabelResult result() {
      return new LabelResult(Optional.ofNullable(mark), Optional.ofNullable(strength));
    }
  }

  // The watermark carries only an id; the repository maps it back to the signed record.
  private void remember(Job job, byte[] store) throws IOException {
    if (job.mark != null) {
      repository.put(job.mark.toHex(), store);
    }
  }

  private Job prepare(AssetSource source, String title) throws ProvenanceException, IOException {
    byte[] head = source.read(0, (int) Math.min(source.size(), ImageFormats.HEAD_LENGTH));
    FileFormat fileFormat = ImageFormats.detect(head);
    ImageAssetFormat format = ImageFormats.forFormat(fileFormat).orElseThrow(() ->
        new ProvenanceException(fileFormat == FileFormat.UNKNOWN ? "not an image Candor recognises"
            : fileFormat + " is not supported yet (JPEG, PNG and WebP are)"));
    List<EmbeddedStore> stores = format.findStores(source);
    Optional<byte[]> existingXmp = format.readXmpPacket(source);
    AssetSource working = source;
    WatermarkPayload mark = null;
    WatermarkStrength strength = null;
    CarriedMetadata carried = null;
    if (visibleLabel != null || watermarkKey != null) {
      byte[] original = source.read(0, (int) source.size());
      BufferedImage decoded = Codec.decode(original);
      // The encoder writes pixels alone: the original's metadata goes back in, and pixels stored
      // turned (Exif orientation) are turned upright first, so the badge's corner is the one seen.
      carried = CarriedMetadata.of(original, fileFormat);
      BufferedImage img = carried.upright(decoded);
      if (visibleLabel != null) {
        img = visibleLabel.apply(img);
      }
      if (watermarkKey != null) {
        if (img.getWidth() < ImageWatermark.MIN_SIDE || img.getHeight() < ImageWatermark.MIN_SIDE) {
          throw new ProvenanceException("image too small for the watermark (at least "
              + ImageWatermark.MIN_SIDE + " px a side)");
        }
        mark = WatermarkPayload.of(watermarkIds.getAsLong());
      }
      byte[] encoded;
      if (mark == null) {
        encoded = carried.into(Codec.encode(img, fileFormat, original));
      } else {
        ReadBack marked = watermarked(img, mark, original, fileFormat, carried);
        encoded = marked.encoded();
        strength = marked.strength();
      }
      working = AssetSource.of(encoded);
    }
    if (carried != null && carried.orientation() != 1 && existingXmp.isPresent()) {
      existingXmp = Optional.of(XmpPackets.upright(existingXmp.get()));
    }
    // Re-encoded pixels lost the old packet: write it back even when no IPTC fields are added.
    byte[] packet = carried == null ? null : existingXmp.orElse(null);
    if (xmp) {
      IptcAiFields.Builder f = IptcAiFields.builder().digitalSourceType(kind.sourceType());
      if (model != null) {
        f.aiSystemUsed(model.name());
        if (model.version() != null) {
          f.aiSystemVersionUsed(model.version());
        }
      }
      if (prompt != null) {
        f.aiPromptInformation(prompt);
      }
      packet = XmpPackets.merge(existingXmp.orElse(null), f.build());
    }
    EmbedPlan plan = format.planEmbedding(working, packet);
    return new Job(manifest(stores, source, format, title, mark), plan, working, mark, strength);
  }

  /**
   * {@code img} marked with {@code mark} and encoded, at the first of the strengths to try whose
   * mark reads back from the encoded image. The record will say the image is watermarked and the
   * repository will file it under the mark's id, so the mark must read back from the pixels as
   * written (after the encoder's loss): on an image too small or too busy for it (a 256-px
   * close-up of grass) it does not, and claiming it would mislead whoever relies on the watermark
   * to find the record. A lossy WebP written at its own quantiser can wipe the mark out (a smooth
   * sky): then finer quantisers are tried, lossless at worst.
   */
  private ReadBack watermarked(BufferedImage img, WatermarkPayload mark, byte[] original,
      FileFormat format, CarriedMetadata carried) throws ProvenanceException, IOException {
    ReadBack last = null;
    for (WatermarkStrength strength : watermarkStrengths) {
      BufferedImage marked = ImageWatermark.embed(img, mark, watermarkKey, strength);
      byte[] encoded = carried.into(Codec.encode(marked, format, original));
      last = readBack(encoded, mark, marked, original, format, carried, strength);
      if (last.reads()) {
        return last;
      }
    }
    WatermarkDetection d = last.detection();
    throw new ProvenanceException(
        String.format(
            Locale.ROOT,
            "the invisible watermark does not read back from the labelled image (%d×%d px,"
                + " %s: pilot z %.1f, %.1f needed, payload %s): the image is too small or too busy"
                + " for it; label it %swithout --watermark",
            last.width(),
            last.height(),
            watermarkStrengths.size() == 1
                ? watermarkStrengths.get(0).name().toLowerCase(Locale.ROOT) + " strength"
                : "every strength tried, the last",
            d.score(),
            d.threshold(),
            d.found() ? "wrong" : "not decoded",
            watermarkStrengths.contains(WatermarkStrength.ROBUST)
                ? ""
                : "with --watermark-strength robust (a stronger mark) or "));
  }

  /** An encoded image, the strength it was marked at, and what detection found in it. */
  private record ReadBack(
      byte[] encoded,
      WatermarkStrength strength,
      int width,
      int height,
      WatermarkDetection detection,
      boolean reads) {}

  /**
   * What detection finds in {@code encoded}; for a lossy WebP whose mark does not read, the
   * finer quantisers' encodings are tried in turn and the first that reads (or the last) is kept.
   */
  private ReadBack readBack(byte[] encoded, WatermarkPayload mark, BufferedImage img,
      byte[] original, FileFormat format, CarriedMetadata carried, WatermarkStrength strength)
      throws ProvenanceException, IOException {
    int steps = format == FileFormat.WEBP ? WebpEncoding.steps(original) : 0;
    BufferedImage written = Codec.decode(encoded);
    // The copy as written keeps the marked geometry: the quick search reads all of it, and says
    // "none" at a tenth of the full search's cost where the mark does not read.
    WatermarkDetection d = ImageWatermark.detect(written, watermarkKey, WatermarkSearch.QUICK);
    for (int finer = 1; finer <= steps && d.payload().filter(mark::equals).isEmpty(); finer++) {
      encoded = carried.into(WebpEncoding.encode(img, original, finer));
      written = Codec.decode(encoded);
      d = ImageWatermark.detect(written, watermarkKey, WatermarkSearch.QUICK);
    }
    return new ReadBack(encoded, strength, written.getWidth(), written.getHeight(), d,
        d.payload().filter(mark::equals).isPresent());
  }

  private Manifest manifest(List<EmbeddedStore> stores, AssetSource source, ImageAssetFormat format,
      String title, WatermarkPayload mark) {
    Manifest.Builder m = Manifest.builder().title(title);
    boolean hasParent = kind == ContentKind.EDITED || stores.size() == 1;
    if (hasParent) {
      Ingredient.Builder parent = Ingredient.builder(Relationship.PARENT_OF)
          .title(title == null ? "input" : title).format(format.mediaType());
      if (stores.size() == 1) {
        ValidationReport r = Provenance.verifyStore(stores.get(0).store(), format, source,
            stores.get(0).framing(), VerifyOptions.defaults());
        parent.manifestStore(stores.get(0).store(), r);
      }
      m.ingredient(parent.build());
      m.action(Action.opened().build());
      Action.Builder edit = kind == ContentKind.EDITED ? Action.edited()
          : Action.of(Action.EDITED_METADATA);
      edit.digitalSourceType(kind.sourceType());
      if (model != null) {
        edit.softwareAgent(model);
      }
      m.action(edit.build());
    } else {
      Action.Builder created = Action.created(kind.sourceType());
      if (model != null) {
        created.softwareAgent(model);
      }
      m.action(created.build());
    }
    if (mark != null) {
      m.action(Action.watermarked().build());
      m.assertion(new SoftBinding(ImageWatermark.ALGORITHM, mark.toBytes()).toAssertion());
    }
    if (trainingMining != null) {
      m.assertion(trainingMining.toAssertion());
    }
    assertions.forEach(m::assertion);
    return m.build();
  }

  /** Configures an {@link ImageLabeler}. */
  public static final class Builder {
    private final SigningOptions signing;
    private GeneratorInfo model;
    private ContentKind kind = ContentKind.GENERATED;
    private VisibleLabel visibleLabel;
    private boolean xmp = true;
    private String prompt;
    private TrainingMining trainingMining;
    private final List<Assertion> assertions = new ArrayList<>();
    private WatermarkKey watermarkKey;
    private List<WatermarkStrength> watermarkStrengths = List.of(WatermarkStrength.STANDARD);
    private LongSupplier watermarkIds = RANDOM::nextLong;
    private ManifestRepository repository;

    private Builder(SigningOptions signing) {
      this.signing = Objects.requireNonNull(signing, "signing");
    }

    /** The model that produced the image, written as software agent and IPTC AISystemUsed. */
    public Builder model(GeneratorInfo m) {
      this.model = m;
      return this;
    }

    /** Generated (default) or edited with AI. */
    public Builder kind(ContentKind k) {
      this.kind = Objects.requireNonNull(k, "kind");
      return this;
    }

    /** Draws a visible label on the pixels (re-encodes JPEG at quality 0.92; PNG losslessly). */
    public Builder visibleLabel(VisibleLabel l) {
      this.visibleLabel = l;
      return this;
    }

    /** Writes the IPTC AI fields into XMP (default true). */
    public Builder xmp(boolean on) {
      this.xmp = on;
      return this;
    }

    /** Records the prompt in XMP {@code Iptc4xmpExt:AIPromptInformation}. */
    public Builder prompt(String p) {
      this.prompt = p;
      return this;
    }

    /** Adds the CAWG training-and-mining assertion. */
    public Builder trainingMining(TrainingMining t) {
      this.trainingMining = t;
      return this;
    }

    /** Adds a further assertion to every manifest. */
    public Builder assertion(Assertion a) {
      assertions.add(Objects.requireNonNull(a, "assertion"));
      return this;
    }

    /**
     * Adds the invisible watermark (after the visible label): a fresh 64-bit id per image, keyed by
     * {@code key}; the manifest gets a {@code c2pa.soft-binding} with that id and a
     * {@code c2pa.watermarked} action, and the signed store is kept in {@code repository} under
     * the id in hex, so a copy stripped of its metadata can find its record again. The mark is
     * read back from the image as encoded before anything is signed: where it does not read (an
     * image too small or too busy for it), labelling fails with that reason and writes nothing.
     */
    public Builder watermark(WatermarkKey key, ManifestRepository repository) {
      return watermark(key, repository, WatermarkStrength.STANDARD);
    }

    /**
     * As {@link #watermark(WatermarkKey, ManifestRepository)}, the mark embedded at {@code
     * strength} ({@link WatermarkStrength#ROBUST} for copies that will be recompressed hard or
     * shrunk to thumbnails, at a PSNR 3.5 dB lower). Where the mark does not read back from the
     * image as encoded, each of {@code fallbacks} is tried in turn, and the first that reads is
     * kept: {@code watermark(key, repository, STANDARD, ROBUST)} marks most images at the standard
     * strength and only those too small or too busy for it at the robust one. Labelling fails
     * only when none reads.
     */
    public Builder watermark(
        WatermarkKey key,
        ManifestRepository repository,
        WatermarkStrength strength,
        WatermarkStrength... fallbacks) {
      List<WatermarkStrength> strengths = new ArrayList<>();
      strengths.add(Objects.requireNonNull(strength, "strength"));
      for (WatermarkStrength f : fallbacks) {
        strengths.add(Objects.requireNonNull(f, "fallback"));
      }
      this.watermarkKey = Objects.requireNonNull(key, "key");
      this.repository = Objects.requireNonNull(repository, "repository");
      this.watermarkStrengths = List.copyOf(strengths);
      return this;
    }

    /** The source of watermark ids (tests fix it; a fresh random id per image otherwise). */
    Builder watermarkIds(LongSupplier ids) {
      this.watermarkIds = Objects.requireNonNull(ids, "ids");
      return this;
    }

    /** The labeller. */
    public ImageLabeler build() {
      return new ImageLabeler(this);
    }
  }
}
