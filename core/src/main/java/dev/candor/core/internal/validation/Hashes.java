package dev.candor.core.internal.validation;

import dev.candor.core.internal.crypto.Digests;
import java.security.MessageDigest;

/** The hash algorithms C2PA allows (C2PA 2.2 §13.1). */
final class Hashes {
  private Hashes() {}

  /** The JCA name for a C2PA name, or {@code null} when not allowed. */
  static String jca(String c2pa) {
    if (c2pa == null) {
      return null;
    }
    switch (c2pa) {
      case "sha256":
        return "SHA-256";
      case "sha384":
        return "SHA-384";
      case "sha512":
        return "SHA-512";
      default:
        return null;
    }
  }

  static MessageDigest digest(String jca) {
    return Digests.newDigest(jca);
  }

  /** Hash of a superbox's payload (after its header). */
  static byte[] superbox(String jca, byte[] boxBytes, int headerLength) {
    MessageDigest md = digest(jca);
    md.update(boxBytes, headerLength, boxBytes.length - headerLength);
    return md.digest();
  }
}
