package dev.candor.core.internal.jumbf;

/** JUMBF bytes that cannot be parsed: a box runs past its parent, a length lies, nesting is too deep. */
public final class JumbfException extends Exception {
  private static final long serialVersionUID = 1L;

  JumbfException(String message) {
    super(message);
  }
}
