package dev.candor.core.internal.write;

import dev.candor.core.internal.crypto.Digests;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds {@code hashed-uri} maps (C2PA 2.2 §8.4.2): {@code {url, hash}} over a box's payload. */
final class HashedUri {
  private HashedUri() {}

  /** SHA-256 of a superbox's payload: the stored bytes after its 8-byte header. */
  static byte[] hashSuperbox(byte[] superbox) {
    MessageDigest md = sha256();
    md.update(superbox, 8, superbox.length - 8);
    return md.digest();
  }

  static Map<Object, Object> of(String url, byte[] hash) {
    Map<Object, Object> m = new LinkedHashMap<>();
    m.put("url", url);
    m.put("hash", hash);
    return m;
  }

  static MessageDigest sha256() {
    return Digests.newDigest("SHA-256");
  }
}
