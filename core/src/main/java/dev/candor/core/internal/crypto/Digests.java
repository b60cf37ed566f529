package dev.candor.core.internal.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * New message digests by JCA name, cloned from one prototype per algorithm: a clone costs a
 * fraction of {@link MessageDigest#getInstance}'s provider lookup, and a label makes a dozen
 * digests (every assertion box, the asset, the signature input).
 */
public final class Digests {
  private static final int MAX_PROTOTYPES = 8;
  private static final Map<String, MessageDigest> PROTOTYPES = new ConcurrentHashMap<>();

  private Digests() {}

  /**
   * A fresh digest.
   *
   * @throws IllegalArgumentException when the JDK has no such algorithm
   */
  public static MessageDigest newDigest(String jcaName) {
    MessageDigest prototype = PROTOTYPES.get(jcaName);
    if (prototype != null) {
      try {
        return (MessageDigest) prototype.clone();
      } catch (CloneNotSupportedException e) {
        return lookup(jcaName);
      }
    }
    MessageDigest md = lookup(jcaName);
    if (PROTOTYPES.size() < MAX_PROTOTYPES) {
      PROTOTYPES.putIfAbsent(jcaName, lookup(jcaName));
    }
    return md;
  }

  private static MessageDigest lookup(String jcaName) {
    try {
      return MessageDigest.getInstance(jcaName);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalArgumentException("no such digest algorithm: " + jcaName, e);
    }
  }
}
