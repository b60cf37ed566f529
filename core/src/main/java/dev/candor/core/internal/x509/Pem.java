package dev.candor.core.internal.x509;

import dev.candor.core.ProvenanceException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * Reads and writes PEM (RFC 7468): {@code CERTIFICATE} blocks, and private keys as PKCS#8 {@code
 * PRIVATE KEY}, SEC1 {@code EC PRIVATE KEY} or PKCS#1 {@code RSA PRIVATE KEY}. Error messages name
 * what was wrong, never key material.
 */
public final class Pem {
  /** Key algorithm OIDs (RFC 5480, 8017, 8410) to JDK KeyFactory names. */
  private static final Map<String, String> KEY_FACTORIES =
      Map.of(
          "1.2.840.10045.2.1", "EC",
          "1.2.840.113549.1.1.1", "RSA",
          "1.2.840.113549.1.1.10", "RSASSA-PSS",
          "1.3.101.112", "Ed25519");

  /** A cap on blocks per PEM text, so hostile input cannot make us allocate without end. */
  private static final int MAX_BLOCKS = 1000;

  private Pem() {}

  /**
   * Every {@code CERTIFICATE} block in {@code pem}, in order; other blocks are skipped.
   *
   * @throws ProvenanceException if a certificate block cannot be decoded
   */
  public static List<X509Certificate> certificates(String pem) throws ProvenanceException {
    List<X509Certificate> out = new ArrayList<>();
    try (PEMParser parser = new PEMParser(new StringReader(pem))) {
      for (int i = 0; i < MAX_BLOCKS; i++) {
        Object o = parser.readObject();
        if (o == null) {
          return out;
        }
        if (o instanceof X509CertificateHolder) {
          out.add(certificate(((X509CertificateHolder) o).getEncoded()));
        }
      }
      throw new ProvenanceException("more than " + MAX_BLOCKS + " PEM blocks");
    } catch (IOException e) {
      throw new ProvenanceException("malformed PEM certificate: " + e.getMessage(), e);
    }
  }

  /**
   * The first private key in {@code pem}.
   *
   * @throws ProvenanceException if there is none, it is encrypted, or its algorithm is unknown
   */
  public static PrivateKey privateKey(String pem) throws ProvenanceException {
    try (PEMParser parser = new PEMParser(new StringReader(pem))) {
      for (int i = 0; i < MAX_BLOCKS; i++) {
        Object o = parser.readObject();
        if (o == null) {
          break;
        }
        if (o instanceof PrivateKeyInfo) {
          return privateKey((PrivateKeyInfo) o);
        }
        if (o instanceof PEMKeyPair) {
          return privateKey(((PEMKeyPair) o).getPrivateKeyInfo());
        }
        if (o instanceof PKCS8EncryptedPrivateKeyInfo) {
          throw new ProvenanceException(
              "the private key is encrypted; give an unencrypted PKCS#8 key");
        }
      }
    } catch (IOException e) {
      throw new ProvenanceException("malformed PEM private key", e);
    }
    throw new ProvenanceException("no PRIVATE KEY block found");
  }

  /** A JDK certificate from DER. */
  public static X509Certificate certificate(byte[] der) throws ProvenanceException {
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(der));
    } catch (CertificateException e) {
      throw new ProvenanceException("malformed X.509 certificate: " + e.getMessage(), e);
    }
  }

  /** A JDK private key from a PKCS#8 structure. */
  public static PrivateKey privateKey(PrivateKeyInfo info) throws ProvenanceException {
    String oid = info.getPrivateKeyAlgorithm().getAlgorithm().getId();
    String factory = KEY_FACTORIES.get(oid);
    if (factory == null) {
      throw new ProvenanceException("unsupported private key algorithm " + oid);
    }
    try {
      return KeyFactory.getInstance(factory)
          .generatePrivate(new PKCS8EncodedKeySpec(info.getEncoded()));
    } catch (GeneralSecurityException | IOException e) {
      // The cause may quote key bytes, so it is not chained.
      throw new ProvenanceException("the " + factory + " private key cannot be decoded");
    }
  }

  /** One PEM block with the given label, base64 in 64-column lines, '\n' line ends. */
  public static String encode(String label, byte[] der) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
  }

  /** The certificates as consecutive CERTIFICATE blocks. */
  public static String encodeCertificates(List<X509Certificate> certs) {
    StringBuilder sb = new StringBuilder();
    for (X509Certificate c : certs) {
      try {
        sb.append(encode("CERTIFICATE", c.getEncoded()));
      } catch (java.security.cert.CertificateEncodingException e) {
        throw new IllegalStateException("certificate cannot be encoded", e);
      }
    }
    return sb.toString();
  }
}
