package dev.candor.core.internal.tsa;

import dev.candor.core.ProvenanceException;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;

/**
 * Checks a TSA's answer against the request that caused it (RFC 3161 §2.4.2): status granted, a
 * token present, nonce echoed, imprint unchanged, TSA certificate included and the token's
 * signature valid with it, with the timeStamping usage, at genTime.
 */
final class TimeStampReply {
  private static final String[] STATUS_NAMES = {
    "granted",
    "grantedWithMods",
    "rejection",
    "waiting",
    "revocationWarning",
    "revocationNotification"
  };

  /** RFC 3161 §2.4.2 PKIFailureInfo bits a TSA may set, with their names. */
  private static final int[] FAILURE_BITS = {
    PKIFailureInfo.badAlg,
    PKIFailureInfo.badRequest,
    PKIFailureInfo.badDataFormat,
    PKIFailureInfo.timeNotAvailable,
    PKIFailureInfo.unacceptedPolicy,
    PKIFailureInfo.unacceptedExtension,
    PKIFailureInfo.addInfoNotAvailable,
    PKIFailureInfo.systemFailure
  };

  private static final String[] FAILURE_NAMES = {
    "badAlg",
    "badRequest",
    "badDataFormat",
    "timeNotAvailable",
    "unacceptedPolicy",
    "unacceptedExtension",
    "addInfoNotAvailable",
    "systemFailure"
  };

  private TimeStampReply() {}

  /** The DER TimeStampToken of an acceptable reply; otherwise a specific exception. */
  static byte[] check(TimeStampRequest request, byte[] reply, String tsa)
      throws ProvenanceException {
    String who = "time-stamp authority " + tsa;
    TimeStampResponse response;
    try {
      response = new TimeStampResponse(reply);
    } catch (IOException | TSPException | RuntimeException e) {
      throw new ProvenanceException(who + " sent a malformed response: " + e.getMessage(), e);
    }
    if (!TimeStampTokens.isGranted(response.getStatus())) {
      throw new ProvenanceException(who + " rejected the request: " + describeRefusal(response));
    }
    TimeStampToken token = response.getTimeStampToken();
    if (token == null) {
      throw new ProvenanceException(who + " granted the request but sent no token");
    }
    TimeStampTokenInfo info = token.getTimeStampInfo();
    if (!request.getNonce().equals(info.getNonce())) {
      throw new ProvenanceException(who + " did not echo the request's nonce");
    }
    if (!request.getMessageImprintAlgOID().equals(info.getMessageImprintAlgOID())
        || !MessageDigest.isEqual(
            request.getMessageImprintDigest(), info.getMessageImprintDigest())) {
      throw new ProvenanceException(who + " time-stamped a different message imprint");
    }
    X509CertificateHolder cert =
        TimeStampTokens.signerCertificate(token, List.of())
            .orElseThrow(
                () ->
                    new ProvenanceException(
                        who + " sent a token without its TSA certificate (certReq ignored)"));
    try {
      TimeStampTokens.verifySignature(token, cert);
      String usage = TimeStampTokens.timeStampingUsageProblem(cert).orElse(null);
      if (usage != null) {
        throw new ProvenanceException(who + " sent an unusable token: " + usage);
      }
      X509Certificate tsaCert = TimeStampTokens.toX509(cert);
      if (info.getGenTime().before(tsaCert.getNotBefore())
          || info.getGenTime().after(tsaCert.getNotAfter())) {
        throw new ProvenanceException(
            who
                + " signed with a certificate not valid at genTime "
                + info.getGenTime().toInstant());
      }
      return token.getEncoded(ASN1Encoding.DER);
    } catch (TokenException e) {
      throw new ProvenanceException(who + " sent a bad token: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalStateException("parsed token cannot be re-encoded", e);
    }
  }

  private static String describeRefusal(TimeStampResponse response) {
    int status = response.getStatus();
    StringBuilder s = new StringBuilder("status ");
    s.append(status >= 0 && status < STATUS_NAMES.length ? STATUS_NAMES[status] : status);
    if (response.getStatusString() != null) {
      s.append(", \"").append(response.getStatusString()).append('"');
    }
    PKIFailureInfo failure = response.getFailInfo();
    if (failure != null) {
      for (int i = 0; i < FAILURE_BITS.length; i++) {
        if ((failure.intValue() & FAILURE_BITS[i]) != 0) {
          s.append(", ").append(FAILURE_NAMES[i]);
        }
      }
    }
    return s.toString();
  }
}
