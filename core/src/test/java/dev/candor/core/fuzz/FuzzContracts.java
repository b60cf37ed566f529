package dev.candor.core.fuzz;

/** Assertions for fuzz targets: a broken contract is a finding, reported as an error. */
public final class FuzzContracts {
  private FuzzContracts() {}

  /** Fails the fuzz input with {@code what} when {@code ok} is false. */
  public static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError("fuzz contract broken: " + what);
    }
  }
}
