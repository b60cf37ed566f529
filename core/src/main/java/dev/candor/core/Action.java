package dev.candor.core;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of a {@code c2pa.actions.v2} assertion (C2PA 2.2 §18.14): what was done to the content,
 * with what kind of source and which software.
 *
 * <p>{@code c2pa.created} must carry a digital source type; {@link #created} requires one.
 */
public final class Action {
  /** The asset was created (first action of a new asset). */
  public static final String CREATED = "c2pa.created";
  /** An existing asset was opened for editing (first action of an edit; needs a parent ingredient). */
  public static final String OPENED = "c2pa.opened";
  /** The content was edited. */
  public static final String EDITED = "c2pa.edited";
  /** Only metadata was edited. */
  public static final String EDITED_METADATA = "c2pa.edited.metadata";
  /** An invisible watermark was added (requires a {@code c2pa.soft-binding} assertion). */
  public static final String WATERMARKED = "c2pa.watermarked";
  /** A component ingredient was placed into the asset. */
  public static final String PLACED = "c2pa.placed";

  private final String action;
  private final DigitalSourceType digitalSourceType;
  private final GeneratorInfo softwareAgent;
  private final String description;
  private final Instant when;
  private final boolean referencesParent;

  private Action(Builder b) {
    this.action = b.action;
    this.digitalSourceType = b.digitalSourceType;
    this.softwareAgent = b.softwareAgent;
    this.description = b.description;
    this.when = b.when;
    this.referencesParent = b.referencesParent;
  }

  /** {@code c2pa.created} with its digital source type. */
  public static Builder created(DigitalSourceType type) {
    return new Builder(CREATED).digitalSourceType(Objects.requireNonNull(type, "type"));
  }

  /** {@code c2pa.opened}, linked to the manifest's parent ingredient. */
  public static Builder opened() {
    return new Builder(OPENED).referencesParent(true);
  }

  /** {@code c2pa.edited}, optionally with a digital source type such as AI compositing. */
  public static Builder edited() {
    return new Builder(EDITED);
  }

  /** {@code c2pa.watermarked}. */
  public static Builder watermarked() {
    return new Builder(WATERMARKED);
  }

  /** Any action label, e.g. {@code c2pa.color_adjustments} or a reverse-domain custom one. */
  public static Builder of(String action) {
    return new Builder(action);
  }

  /** The action label. */
  public String action() {
    return action;
  }

  /** The digital source type, or {@code null}. */
  public DigitalSourceType digitalSourceType() {
    return digitalSourceType;
  }

  /** The software agent, or {@code null}. */
  public GeneratorInfo softwareAgent() {
    return softwareAgent;
  }

  /** The description, or {@code null}. */
  public String description() {
    return description;
  }

  /** When it happened, or {@code null}. */
  public Instant when() {
    return when;
  }

  /** Whether {@code parameters.ingredients} points at the parent ingredient. */
  public boolean referencesParent() {
    return referencesParent;
  }

  /** The CBOR map, with {@code ingredients} already resolved by the writer. */
  Map<Object, Object> toCbor(Object parentIngredientRef) {
    Map<Object, Object> m = new LinkedHashMap<>();
    m.put("action", action);
    if (digitalSourceType != null) {
      m.put("digitalSourceType", digitalSourceType.uri());
    }
    if (softwareAgent != null) {
      m.put("softwareAgent", softwareAgent.toCbor());
    }
    if (description != null) {
      m.put("description", description);
    }
    if (when != null) {
      m.put("when", when.toString());
    }
    if (referencesParent && parentIngredientRef != null) {
      Map<Object, Object> p = new LinkedHashMap<>();
      p.put("ingredients", java.util.List.of(parentIngredientRef));
      m.put("parameters", p);
    }
    return m;
  }

  /** Builds an {@link Action}. */
  public static final class Builder {
    private final String action;
    private DigitalSourceType digitalSourceType;
    private GeneratorInfo softwareAgent;
    private String description;
    private Instant when;
    private boolean referencesParent;

    private Builder(String action) {
      Objects.requireNonNull(action, "action");
      if (action.isBlank()) {
        throw new IllegalArgumentException("action label must not be blank");
      }
      this.action = action;
    }

    /** Sets the digital source type. */
    public Builder digitalSourceType(DigitalSourceType t) {
      this.digitalSourceType = t;
      return this;
    }

    /** Sets the software agent, e.g. the model that generated the content. */
    public Builder softwareAgent(GeneratorInfo agent) {
      this.softwareAgent = agent;
      return this;
    }

    /** Sets a human description. */
    public Builder description(String d) {
      this.description = d;
      return this;
    }

    /** Sets the time of the action. */
    public Builder when(Instant t) {
      this.when = t;
      return this;
    }

    /** Links the action to the parent ingredient through {@code parameters.ingredients}. */
    public Builder referencesParent(boolean r) {
      this.referencesParent = r;
      return this;
    }

    /** The action. */
    public Action build() {
      if (CREATED.equals(action) && digitalSourceType == null) {
        throw new IllegalArgumentException("c2pa.created requires a digitalSourceType");
      }
      return new Action(this);
    }
  }
}
