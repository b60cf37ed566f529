package dev.candor.core.testkit;

import dev.candor.core.Signer;
import dev.candor.core.Signers;
import dev.candor.core.SigningAlgorithm;
import java.nio.file.Path;

/** Signers over the TEST-ONLY keys in the shared fixtures (c2pa-rs's test certificates). */
public final class TestKeys {
  private TestKeys() {}

  /** A signer for {@code es256}, {@code ps256}, {@code ed25519}, ... from the fixtures. */
  public static Signer fixtureSigner(String name, SigningAlgorithm alg) throws Exception {
    Path dir = Fixtures.file("c2pa-rs/certs/" + name + ".pem").getParent();
    Signer s = Signers.fromPem(dir.resolve(name + ".pem"), dir.resolve(name + ".pub"));
    if (s.algorithm() != alg) {
      throw new IllegalArgumentException(name + " signs " + s.algorithm() + ", not " + alg);
    }
    return s;
  }
}
