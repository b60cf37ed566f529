package dev.candor.core.internal.tsa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.core.ProvenanceException;
import dev.candor.core.TimeStamper;
import dev.candor.core.testkit.LoopbackTsa;
import dev.candor.core.testkit.LoopbackTsa.Behavior;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpTimeStamperTest {
  private static final byte[] DATA = "claim signature bytes".getBytes(StandardCharsets.UTF_8);

  @Test
  void timeStamp_loopbackTsa_returnsTokenOverSha256ThatVerifiesAsTrusted() throws Exception {
    try (LoopbackTsa tsa = LoopbackTsa.start()) {
      byte[] token = TimeStamper.http(tsa.url()).timeStamp(DATA);

      TimeStampToken parsed = TimeStampTokens.parse(token);
      assertEquals(
          NISTObjectIdentifiers.id_sha256, parsed.getTimeStampInfo().getMessageImprintAlgOID());
      assertTrue(
          MessageDigest.isEqual(
              MessageDigest.getInstance("SHA-256").digest(DATA),
              parsed.getTimeStampInfo().getMessageImprintDigest()));
      TimeStampResult r =
          TimeStampVerifier.of(List.of(tsa.rootCertificate())).verify(token, DATA, null);
      assertTrue(r.trusted(), r::toString);
    }
  }

  @Test
  void timeStamp_sha512Configured_imprintUsesSha512() throws Exception {
    try (LoopbackTsa tsa = LoopbackTsa.start()) {
      byte[] token = TimeStamper.http(tsa.url(), Duration.ofSeconds(10), "SHA-512").timeStamp(DATA);

      TimeStampToken parsed = TimeStampTokens.parse(token);
      assertEquals(
          NISTObjectIdentifiers.id_sha512, parsed.getTimeStampInfo().getMessageImprintAlgOID());
      assertTrue(TimeStampVerifier.of(List.of()).verify(token, DATA, null).validated());
    }
  }

  @Test
  void timeStamp_twoRequests_useDifferentNonces() throws Exception {
    try (LoopbackTsa tsa = LoopbackTsa.start()) {
      TimeStamper stamper = TimeStamper.http(tsa.url());
      byte[] first = stamper.timeStamp(DATA);
      byte[] second = stamper.timeStamp(DATA);

      assertFalse(
          TimeStampTokens.parse(first)
              .getTimeStampInfo()
              .getNonce()
              .equals(TimeStampTokens.parse(second).getTimeStampInfo().getNonce()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "WRONG_IMPRINT       | time-stamped a different message imprint",
        "WRONG_NONCE         | did not echo the request's nonce",
        "NO_CERTIFICATE      | sent a token without its TSA certificate",
        "WRONG_KEY           | sent a bad token: time-stamp token signature does not verify",
        "EXPIRED_CERTIFICATE | signed with a certificate not valid at genTime",
        "REJECT              | rejected the request: status rejection, \"request refused by test\","
            + " badAlg",
        "HTTP_500            | answered HTTP 500",
        "GARBAGE             | sent a malformed response",
        "OVERSIZED           | sent a response larger than 1048576 bytes",
      })
  void timeStamp_misbehavingTsa_throwsSpecificMessage(Behavior behavior, String expected) {
    try (LoopbackTsa tsa = LoopbackTsa.start(behavior)) {
      ProvenanceException e =
          assertThrows(
              ProvenanceException.class, () -> TimeStamper.http(tsa.url()).timeStamp(DATA));

      assertTrue(e.getMessage().contains(expected), e.getMessage());
      assertTrue(
          e.getMessage().startsWith("time-stamp authority http://127.0.0.1:"), e.getMessage());
    }
  }

  @Test
  void timeStamp_tsaNeverAnswers_throwsAfterReadTimeout() {
    try (LoopbackTsa tsa = LoopbackTsa.start(Behavior.SILENT)) {
      TimeStamper stamper = TimeStamper.http(tsa.url(), Duration.ofMillis(300), "SHA-256");

      ProvenanceException e =
          assertThrows(ProvenanceException.class, () -> stamper.timeStamp(DATA));

      assertTrue(e.getMessage().contains("did not answer in time"), e.getMessage());
    }
  }

  @Test
  void timeStamp_nothingListening_throwsUnreachable() {
    URI url;
    try (LoopbackTsa tsa = LoopbackTsa.start()) {
      url = tsa.url();
    }

    ProvenanceException e =
        assertThrows(ProvenanceException.class, () -> TimeStamper.http(url).timeStamp(DATA));

    assertTrue(e.getMessage().contains(" is unreachable: "), e.getMessage());
  }

  @Test
  void timeStamp_urlWithCredentials_messageOmitsThem() {
    try (LoopbackTsa tsa = LoopbackTsa.start(Behavior.HTTP_500)) {
      URI url = URI.create(tsa.url().toString().replace("http://", "http://user:s3cret@"));

      ProvenanceException e =
          assertThrows(ProvenanceException.class, () -> TimeStamper.http(url).timeStamp(DATA));

      assertTrue(e.getMessage().contains("answered HTTP 500"), e.getMessage());
      assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    }
  }

  @Test
  void http_ftpScheme_throwsIllegalArgument() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TimeStamper.http(URI.create("ftp://tsa.example/")));
    assertTrue(e.getMessage().startsWith("url:"), e.getMessage());
  }

  @Test
  void http_sha1_throwsIllegalArgument() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                TimeStamper.http(
                    URI.create("http://tsa.example/"), Duration.ofSeconds(1), "SHA-1"));
    assertTrue(e.getMessage().startsWith("digestAlgorithm:"), e.getMessage());
  }

  @Test
  void http_zeroTimeout_throwsIllegalArgument() {
    assertThrows(
        IllegalArgumentException.class,
        () -> TimeStamper.http(URI.create("http://tsa.example/"), Duration.ZERO, "SHA-256"));
  }
}
