package dev.candor.core;

import java.util.Objects;

/**
 * An asset that went into this one (C2PA 2.2 §18.15, written as {@code c2pa.ingredient.v3}). When the
 * ingredient carried its own manifest store, that store's manifests are kept in the new store and the
 * ingredient points at its active manifest with hashed URIs.
 */
public final class Ingredient {
  private final Relationship relationship;
  private final String title;
  private final String format;
  private final String instanceId;
  private final byte[] manifestStore;
  private final ValidationReport validation;

  private Ingredient(Builder b) {
    this.relationship = b.relationship;
    this.title = b.title;
    this.format = b.format;
    this.instanceId = b.instanceId;
    this.manifestStore = b.manifestStore == null ? null : b.manifestStore.clone();
    this.validation = b.validation;
  }

  /** A builder for an ingredient with the given relationship. */
  public static Builder builder(Relationship relationship) {
    return new Builder(relationship);
  }

  /** The relationship. */
  public Relationship relationship() {
    return relationship;
  }

  /** The title (usually the file name), or {@code null}. */
  public String title() {
    return title;
  }

  /** The media type, or {@code null}. */
  public String format() {
    return format;
  }

  /** The instance id, or {@code null}. */
  public String instanceId() {
    return instanceId;
  }

  /** The ingredient's own manifest store bytes, or {@code null} when it had none. */
  public byte[] manifestStore() {
    return manifestStore == null ? null : manifestStore.clone();
  }

  /** How the ingredient's store validated when it was taken in, or {@code null}. */
  public ValidationReport validation() {
    return validation;
  }

  /** Builds an {@link Ingredient}. */
  public static final class Builder {
    private final Relationship relationship;
    private String title;
    private String format;
    private String instanceId;
    private byte[] manifestStore;
    private ValidationReport validation;

    private Builder(Relationship relationship) {
      this.relationship = Objects.requireNonNull(relationship, "relationship");
    }

    /** Sets the title. */
    public Builder title(String t) {
      this.title = t;
      return this;
    }

    /** Sets the media type. */
    public Builder format(String f) {
      this.format = f;
      return this;
    }

    /** Sets the instance id. */
    public Builder instanceId(String id) {
      this.instanceId = id;
      return this;
    }

    /**
     * Sets the ingredient's manifest store and the report its validation gave; its manifests are
     * carried into the new store.
     */
    public Builder manifestStore(byte[] store, ValidationReport report) {
      this.manifestStore = store == null ? null : store.clone();
      this.validation = report;
      return this;
    }

    /** The ingredient. */
    public Ingredient build() {
      return new Ingredient(this);
    }
  }
}
