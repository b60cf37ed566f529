package dev.candor.core.testkit;

import dev.candor.core.Signer;
import dev.candor.core.SigningAlgorithm;
import dev.candor.core.internal.cose.SignatureVerification;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Signers over the TEST-ONLY keys in the shared fixtures (c2pa-rs's test certificates). */
public final class TestKeys {
  private TestKeys() {}

  /** A signer for {@code es256}, {@code ps256}, {@code ed25519}, ... from the fixtures. */
  public static Signer fixtureSigner(String name, SigningAlgorithm alg) throws Exception {
    Path dir = Fixtures.file("c2pa-rs/certs/" + name + ".pem").getParent();
    String pem = Files.readString(dir.resolve(name + ".pem"));
    String b64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    byte[] der = Base64.getDecoder().decode(b64);
    String kf = switch (alg) {
      case ES256, ES384, ES512 -> "EC";
      case PS256, PS384, PS512 -> "RSASSA-PSS";
      case ED25519 -> "Ed25519";
    };
    PrivateKey key;
    try {
      key = KeyFactory.getInstance(kf).generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }
    List<X509Certificate> chain = new ArrayList<>();
    for (var c : CertificateFactory.getInstance("X.509")
        .generateCertificates(new ByteArrayInputStream(Files.readAllBytes(dir.resolve(name + ".pub"))))) {
      chain.add((X509Certificate) c);
    }
    return signer(key, chain, alg);
  }

  /** A plain in-memory signer. */
  public static Signer signer(PrivateKey key, List<X509Certificate> chain, SigningAlgorithm alg) {
    return new Signer() {
      @Override
      public byte[] sign(byte[] tbs) throws GeneralSecurityException {
        Signature s = SignatureVerification.instance(alg);
        s.initSign(key);
        s.update(tbs);
        return s.sign();
      }

      @Override
      public SigningAlgorithm algorithm() {
        return alg;
      }

      @Override
      public List<X509Certificate> certificateChain() {
        return chain;
      }
    };
  }
}
