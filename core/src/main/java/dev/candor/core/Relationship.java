package dev.candor.core;

/** How an ingredient relates to the asset (C2PA 2.2 §18.15.3). */
public enum Relationship {
  /** The asset was made by editing this ingredient; at most one per manifest. */
  PARENT_OF("parentOf"),
  /** The ingredient was placed into the asset. */
  COMPONENT_OF("componentOf"),
  /** The ingredient was an input to an AI model (a prompt image, a reference). */
  INPUT_TO("inputTo");

  private final String value;

  Relationship(String value) {
    this.value = value;
  }

  /** The value written in the assertion. */
  public String value() {
    return value;
  }

  /** The relationship for a stored value, or {@code null}. */
  public static Relationship fromValue(String v) {
    for (Relationship r : values()) {
      if (r.value.equals(v)) {
        return r;
      }
    }
    return null;
  }
}
