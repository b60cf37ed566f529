package dev.candor.core.internal.crypto;

import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.util.Optional;

/** The NIST prime curves C2PA allows for claim signatures and certificates (C2PA §13.2.1). */
public enum EcCurve {
  P_256("secp256r1", "1.2.840.10045.3.1.7", 32),
  P_384("secp384r1", "1.3.132.0.34", 48),
  P_521("secp521r1", "1.3.132.0.35", 66);

  private final String jdkName;
  private final String oid;
  private final int fieldBytes;
  private final ECParameterSpec spec;

  EcCurve(String jdkName, String oid, int fieldBytes) {
    this.jdkName = jdkName;
    this.oid = oid;
    this.fieldBytes = fieldBytes;
    try {
      AlgorithmParameters params = AlgorithmParameters.getInstance("EC");
      params.init(new ECGenParameterSpec(jdkName));
      this.spec = params.getParameterSpec(ECParameterSpec.class);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks curve " + jdkName, e);
    }
  }

  /** The JDK's standard name, for {@link ECGenParameterSpec}. */
  public String jdkName() {
    return jdkName;
  }

  /** The named-curve OID as it appears in a SubjectPublicKeyInfo. */
  public String oid() {
    return oid;
  }

  /** Bytes of one coordinate, so also of r and of s in a raw ECDSA signature. */
  public int fieldBytes() {
    return fieldBytes;
  }

  /** The JDK's domain parameters of this curve. */
  ECParameterSpec spec() {
    return spec;
  }

  /** The curve these domain parameters describe, if it is one of ours. */
  public static Optional<EcCurve> of(ECParameterSpec params) {
    for (EcCurve c : values()) {
      if (c.spec.getCurve().equals(params.getCurve())
          && c.spec.getOrder().equals(params.getOrder())
          && c.spec.getGenerator().equals(params.getGenerator())
          && c.spec.getCofactor() == params.getCofactor()) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The curve with this named-curve OID, if it is one of ours. */
  public static Optional<EcCurve> ofOid(String oid) {
    for (EcCurve c : values()) {
      if (c.oid.equals(oid)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
