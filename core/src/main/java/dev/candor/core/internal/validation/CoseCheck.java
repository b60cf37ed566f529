package dev.candor.core.internal.validation;

import dev.candor.core.SigningAlgorithm;
import dev.candor.core.StatusCode;
import dev.candor.core.internal.cbor.Cbor;
import dev.candor.core.internal.cbor.CborException;
import dev.candor.core.internal.cbor.CborValues;
import dev.candor.core.internal.cbor.Tagged;
import dev.candor.core.internal.cose.CoseSign1;
import dev.candor.core.internal.crypto.RawSignatures;
import dev.candor.core.internal.crypto.SignatureCheck;
import dev.candor.core.internal.tsa.CounterSignatureData;
import dev.candor.core.internal.tsa.TimeStampHeader;
import dev.candor.core.internal.jumbf.Box;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Validates a manifest's claim signature (C2PA 2.2 §15.7): COSE structure, algorithm, chain,
 * certificate profile and trust, signature over the stored claim bytes, time-stamp and validity.
 */
final class CoseCheck {
  X509Certificate signer;
  Instant signingTime;

  private final CredentialPolicy policy;
  private final Instant now;

  CoseCheck(CredentialPolicy policy, Instant now) {
    this.policy = policy;
    this.now = now;
  }

  void check(ParsedManifest m, Box sigBox, Findings f) {
    String url = m.uri() + "/c2pa.signature";
    Box cborBox = sigBox.child(Box.CBOR);
    if (cborBox == null) {
      f.failure(StatusCode.CLAIM_SIGNATURE_MISSING, url, "the signature box holds no CBOR box");
      return;
    }
    List<Object> arr;
    try {
      Object v = Cbor.decode(cborBox.payload());
      if (v instanceof Tagged t && t.tag() == CoseSign1.TAG) {
        v = t.value();
      }
      arr = CborValues.list(v);
    } catch (CborException e) {
      f.failure(StatusCode.CLAIM_SIGNATURE_MISMATCH, url, "the COSE signature is not valid CBOR: " + e.getMessage());
      return;
    }
    if (arr == null || arr.size() != 4 || !(arr.get(0) instanceof byte[] prot)
        || !(arr.get(3) instanceof byte[] sig)) {
      f.failure(StatusCode.CLAIM_SIGNATURE_MISMATCH, url, "the signature is not a COSE_Sign1 structure");
      return;
    }
    if (arr.get(2) != null) {
      f.failure(StatusCode.CLAIM_SIGNATURE_MISMATCH, url, "the COSE payload must be detached (nil)");
      return;
    }
    Map<Object, Object> protectedHeader;
    try {
      protectedHeader = prot.length == 0 ? Map.of() : CborValues.map(Cbor.decode(prot));
    } catch (CborException e) {
      protectedHeader = null;
    }
    Map<Object, Object> unprotected = CborValues.map(arr.get(1));
    if (protectedHeader == null || unprotected == null) {
      f.failure(StatusCode.CLAIM_SIGNATURE_MISMATCH, url, "the COSE headers are malformed");
      return;
    }
    Long algId = CborValues.integer(protectedHeader, CoseSign1.HEADER_ALG);
    SigningAlgorithm alg = algId == null ? null : SigningAlgorithm.fromCoseId(algId).orElse(null);
    if (alg == null) {
      f.failure(StatusCode.ALGORITHM_UNSUPPORTED, url,
          algId == null ? "the COSE header names no algorithm" : "COSE algorithm " + algId + " is not allowed");
      return;
    }
    List<X509Certificate> chain = chain(protectedHeader, unprotected);
    if (chain == null || chain.isEmpty()) {
      f.failure(StatusCode.SIGNING_CREDENTIAL_INVALID, url, "no readable x5chain in the COSE headers");
      return;
    }
    signer = chain.get(0);
    Instant tst = timeStamp(unprotected, prot, sig, m, f, url);
    signingTime = tst;
    // As c2pa-rs: a v2 time-stamp (sigTst2) fixes the signing time only when its authority is
    // trusted, else an expired certificate could be back-dated by any TSA; legacy v1 tokens
    // (sigTst) are taken at their word, as c2pa-rs does for files written before v2.
    boolean trustedTst = f.success.stream().anyMatch(st -> st.code().equals(StatusCode.TIMESTAMP_TRUSTED));
    boolean legacyTst = CborValues.map(unprotected, "sigTst2") == null;
    Instant at = tst != null && (trustedTst || legacyTst) ? tst : now;
    policy.checkSigner(chain, at, f, url);
    SignatureCheck r =
        RawSignatures.verify(alg, signer.getPublicKey(), CoseSign1.sigStructure(prot, m.claimBytes), sig);
    if (r.isValid()) {
      f.success(StatusCode.CLAIM_SIGNATURE_VALIDATED, url, "claim signature valid");
    } else {
      f.failure(r.statusCode(), url, "claim signature does not verify with " + alg + " (" + r + ")");
    }
  }

  private Instant timeStamp(Map<Object, Object> unprotected, byte[] prot, byte[] sig, ParsedManifest m,
      Findings f, String url) {
    Map<Object, Object> v2 = CborValues.map(unprotected, "sigTst2");
    Map<Object, Object> v1 = CborValues.map(unprotected, "sigTst");
    Map<Object, Object> tst = v2 != null ? v2 : v1;
    if (tst == null) {
      return null;
    }
    List<Object> tokens = CborValues.list(tst, "tstTokens");
    if (tokens == null || tokens.isEmpty()) {
      f.info(StatusCode.TIMESTAMP_MALFORMED, url, "time-stamp header holds no token");
      return null;
    }
    byte[] token = CborValues.bytes(CborValues.map(tokens.get(0)), "val");
    if (token == null) {
      f.info(StatusCode.TIMESTAMP_MALFORMED, url, "time-stamp token is not a byte string");
      return null;
    }
    byte[] data = CounterSignatureData.of(v2 != null ? TimeStampHeader.SIG_TST2 : TimeStampHeader.SIG_TST,
        prot, sig, m.claimBytes);
    return policy.checkTimeStamp(token, data, f, url);
  }

  static List<X509Certificate> chain(Map<Object, Object> prot, Map<Object, Object> unprot) {
    Object x5 = prot.get(CoseSign1.HEADER_X5CHAIN);
    if (x5 == null) {
      x5 = unprot.get(CoseSign1.HEADER_X5CHAIN);
    }
    if (x5 == null) {
      x5 = prot.get("x5chain");
    }
    if (x5 == null) {
      x5 = unprot.get("x5chain");
    }
    List<Object> ders = x5 instanceof byte[] ? List.of(x5) : CborValues.list(x5);
    if (ders == null) {
      return null;
    }
    List<X509Certificate> out = new ArrayList<>();
    try {
      CertificateFactory cf = CertificateFactory.getInstance("X.509");
      for (Object o : ders) {
        if (!(o instanceof byte[] der)) {
          return null;
        }
        out.add((X509Certificate) cf.generateCertificate(new ByteArrayInputStream(der)));
      }
    } catch (CertificateException | RuntimeException e) {
      return null;
    }
    return out;
  }
}
