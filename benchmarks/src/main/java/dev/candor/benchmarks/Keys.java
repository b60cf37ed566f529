package dev.candor.benchmarks;

import dev.candor.core.DevelopmentPki;
import dev.candor.core.DevelopmentPki.KeyType;
import java.util.EnumMap;
import java.util.Map;

/**
 * Development PKIs, one per key type, made once per JVM. No time-stamp authority: a network TSA
 * round trip would dominate every figure and measure the network, not Candor.
 */
final class Keys {
  private static final Map<KeyType, DevelopmentPki> PKIS = new EnumMap<>(KeyType.class);

  private Keys() {}

  static synchronized DevelopmentPki pki(KeyType type) {
    return PKIS.computeIfAbsent(type, DevelopmentPki::create);
  }

  /** The key type that signs with the named algorithm (ES256, PS256, ED25519). */
  static KeyType forAlgorithm(String algorithm) {
    return switch (algorithm) {
      case "ES256" -> KeyType.EC_P256;
      case "PS256" -> KeyType.RSA_3072;
      case "ED25519" -> KeyType.ED25519;
      default -> throw new IllegalArgumentException("algorithm: " + algorithm);
    };
  }
}
