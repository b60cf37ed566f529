package dev.candor.image.xmp;

import dev.candor.core.DigitalSourceType;
import java.util.Objects;
import java.util.Optional;

/**
 * The XMP properties that say how an image was made, as IPTC Photo Metadata 2025.1 names them:
 * {@code Iptc4xmpExt:DigitalSourceType} (a full IPTC URI), {@code Iptc4xmpExt:AISystemUsed}, {@code
 * AISystemVersionUsed}, {@code AIPromptInformation}, {@code AIPromptWriterName}, and {@code
 * dcterms:provenance} (where a C2PA manifest can be fetched). Every field is optional; instances
 * are immutable.
 *
 * <pre>{@code
 * IptcAiFields f = IptcAiFields.builder()
 *     .digitalSourceType(DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA)
 *     .aiSystemUsed("Example Diffusion")
 *     .build();
 * }</pre>
 */
public final class IptcAiFields {
  private final String digitalSourceType;
  private final String aiSystemUsed;
  private final String aiSystemVersionUsed;
  private final String aiPromptInformation;
  private final String aiPromptWriterName;
  private final String provenance;

  private IptcAiFields(Builder b) {
    this.digitalSourceType = b.digitalSourceType;
    this.aiSystemUsed = b.aiSystemUsed;
    this.aiSystemVersionUsed = b.aiSystemVersionUsed;
    this.aiPromptInformation = b.aiPromptInformation;
    this.aiPromptWriterName = b.aiPromptWriterName;
    this.provenance = b.provenance;
  }

  /** A builder with every field empty. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The Digital Source Type URI as written, e.g. {@code
   * http://cv.iptc.org/.../trainedAlgorithmicMedia}.
   */
  public Optional<String> digitalSourceTypeUri() {
    return Optional.ofNullable(digitalSourceType);
  }

  /** The Digital Source Type, when the URI names a known one. */
  public Optional<DigitalSourceType> digitalSourceType() {
    return digitalSourceTypeUri().flatMap(DigitalSourceType::fromUri);
  }

  /** {@code Iptc4xmpExt:AISystemUsed}: the AI engine or model name. */
  public Optional<String> aiSystemUsed() {
    return Optional.ofNullable(aiSystemUsed);
  }

  /** {@code Iptc4xmpExt:AISystemVersionUsed}: its version. */
  public Optional<String> aiSystemVersionUsed() {
    return Optional.ofNullable(aiSystemVersionUsed);
  }

  /** {@code Iptc4xmpExt:AIPromptInformation}: the prompt(s) given. */
  public Optional<String> aiPromptInformation() {
    return Optional.ofNullable(aiPromptInformation);
  }

  /** {@code Iptc4xmpExt:AIPromptWriterName}: who wrote the prompt. */
  public Optional<String> aiPromptWriterName() {
    return Optional.ofNullable(aiPromptWriterName);
  }

  /** {@code dcterms:provenance}: where the provenance record (a C2PA manifest) can be found. */
  public Optional<String> provenance() {
    return Optional.ofNullable(provenance);
  }

  /** Whether no field is set. */
  public boolean isEmpty() {
    return equals(builder().build());
  }

  /** These fields, with each empty one taken from {@code other}. */
  public IptcAiFields orElse(IptcAiFields other) {
    Builder b = new Builder();
    b.digitalSourceType = first(digitalSourceType, other.digitalSourceType);
    b.aiSystemUsed = first(aiSystemUsed, other.aiSystemUsed);
    b.aiSystemVersionUsed = first(aiSystemVersionUsed, other.aiSystemVersionUsed);
    b.aiPromptInformation = first(aiPromptInformation, other.aiPromptInformation);
    b.aiPromptWriterName = first(aiPromptWriterName, other.aiPromptWriterName);
    b.provenance = first(provenance, other.provenance);
    return b.build();
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IptcAiFields f
        && Objects.equals(digitalSourceType, f.digitalSourceType)
        && Objects.equals(aiSystemUsed, f.aiSystemUsed)
        && Objects.equals(aiSystemVersionUsed, f.aiSystemVersionUsed)
        && Objects.equals(aiPromptInformation, f.aiPromptInformation)
        && Objects.equals(aiPromptWriterName, f.aiPromptWriterName)
        && Objects.equals(provenance, f.provenance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        digitalSourceType,
        aiSystemUsed,
        aiSystemVersionUsed,
        aiPromptInformation,
        aiPromptWriterName,
        provenance);
  }

  @Override
  public String toString() {
    return "IptcAiFields{digitalSourceType="
        + digitalSourceType
        + ", aiSystemUsed="
        + aiSystemUsed
        + ", aiSystemVersionUsed="
        + aiSystemVersionUsed
        + ", aiPromptInformation="
        + aiPromptInformation
        + ", aiPromptWriterName="
        + aiPromptWriterName
        + ", provenance="
        + provenance
        + "}";
  }

  /** Collects fields; a null or blank value leaves the field empty. */
  public static final class Builder {
    private String digitalSourceType;
    private String aiSystemUsed;
    private String aiSystemVersionUsed;
    private String aiPromptInformation;
    private String aiPromptWriterName;
    private String provenance;

    private Builder() {}

    /** Sets the Digital Source Type to {@code type.uri()}. */
    public Builder digitalSourceType(DigitalSourceType type) {
      this.digitalSourceType = type == null ? null : type.uri();
      return this;
    }

    /** Sets the Digital Source Type URI as given (reading keeps what files carry). */
    public Builder digitalSourceTypeUri(String uri) {
      this.digitalSourceType = clean(uri);
      return this;
    }

    /** Sets {@code Iptc4xmpExt:AISystemUsed}. */
    public Builder aiSystemUsed(String name) {
      this.aiSystemUsed = clean(name);
      return this;
    }

    /** Sets {@code Iptc4xmpExt:AISystemVersionUsed}. */
    public Builder aiSystemVersionUsed(String version) {
      this.aiSystemVersionUsed = clean(version);
      return this;
    }

    /** Sets {@code Iptc4xmpExt:AIPromptInformation}. */
    public Builder aiPromptInformation(String prompt) {
      this.aiPromptInformation = clean(prompt);
      return this;
    }

    /** Sets {@code Iptc4xmpExt:AIPromptWriterName}. */
    public Builder aiPromptWriterName(String name) {
      this.aiPromptWriterName = clean(name);
      return this;
    }

    /** Sets {@code dcterms:provenance}. */
    public Builder provenance(String uri) {
      this.provenance = clean(uri);
      return this;
    }

    private static String clean(String v) {
      return v == null || v.isBlank() ? null : v;
    }

    /** The fields. */
    public IptcAiFields build() {
      return new IptcAiFields(this);
    }
  }
}
