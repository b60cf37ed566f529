package dev.candor.core;

/** Candor's version, as written into claim generator info. */
public final class Version {
  private Version() {}

  /** The release version. */
  public static final String VERSION = "0.1.0";
}
