package dev.candor.core.internal.tsa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.core.StatusCode;
import dev.candor.core.ValidationStatus;
import dev.candor.core.testkit.LoopbackTsa;
import dev.candor.core.testkit.LoopbackTsa.Behavior;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TimeStampVerifierTest {
  private static final byte[] DATA = "to be time-stamped".getBytes(StandardCharsets.UTF_8);
  private static final String URL = "self#jumbf=/c2pa/urn:c2pa:test/c2pa.signature";

  private static LoopbackTsa tsa;

  @BeforeAll
  static void startTsa() {
    tsa = LoopbackTsa.start();
  }

  @AfterAll
  static void stopTsa() {
    tsa.close();
  }

  @Test
  void verify_goodTokenWithoutAnchors_validatedAndUntrusted() {
    TimeStampResult r = TimeStampVerifier.of(List.of()).verify(tsa.issueToken(DATA), DATA, URL);

    assertEquals(List.of(StatusCode.TIMESTAMP_VALIDATED), codes(r.success()));
    assertEquals(List.of(StatusCode.TIMESTAMP_UNTRUSTED), codes(r.informational()));
    assertTrue(r.validated());
    assertFalse(r.trusted());
    assertEquals(URL, r.success().get(0).url());
    Instant genTime = r.genTime().orElseThrow();
    assertTrue(
        Math.abs(ChronoUnit.SECONDS.between(genTime, Instant.now())) < 3600, genTime::toString);
  }

  @Test
  void verify_goodTokenWithTsaRoot_validatedAndTrusted() {
    TimeStampResult r =
        TimeStampVerifier.of(List.of(tsa.rootCertificate()))
            .verify(tsa.issueToken(DATA), DATA, URL);

    assertEquals(
        List.of(StatusCode.TIMESTAMP_VALIDATED, StatusCode.TIMESTAMP_TRUSTED), codes(r.success()));
    assertEquals(List.of(), r.informational());
    assertTrue(r.trusted());
  }

  @Test
  void verify_otherRootConfigured_untrusted() {
    try (LoopbackTsa other = LoopbackTsa.start()) {
      TimeStampResult r =
          TimeStampVerifier.of(List.of(other.rootCertificate()))
              .verify(tsa.issueToken(DATA), DATA, URL);

      assertTrue(r.validated());
      assertEquals(List.of(StatusCode.TIMESTAMP_UNTRUSTED), codes(r.informational()));
    }
  }

  @Test
  void verify_tamperedData_mismatch() {
    byte[] token = tsa.issueToken(DATA);
    byte[] other = "something else".getBytes(StandardCharsets.UTF_8);

    TimeStampResult r =
        TimeStampVerifier.of(List.of(tsa.rootCertificate())).verify(token, other, URL);

    assertEquals(List.of(), r.success());
    assertEquals(List.of(StatusCode.TIMESTAMP_MISMATCH), codes(r.informational()));
    assertTrue(r.genTime().isPresent());
  }

  @Test
  void verify_tokenBytesFlipped_malformed() {
    byte[] token = tsa.issueToken(DATA);
    // The last bytes are the ECDSA signature value: corrupt it without breaking the DER.
    token[token.length - 5] ^= 0x40;

    TimeStampResult r = TimeStampVerifier.of(List.of()).verify(token, DATA, URL);

    assertEquals(List.of(StatusCode.TIMESTAMP_MALFORMED), codes(r.informational()));
    assertFalse(r.validated());
  }

  @Test
  void verify_truncatedToken_malformedWithoutGenTime() {
    byte[] token = tsa.issueToken(DATA);
    byte[] truncated = java.util.Arrays.copyOf(token, token.length / 2);

    TimeStampResult r = TimeStampVerifier.of(List.of()).verify(truncated, DATA, URL);

    assertEquals(List.of(StatusCode.TIMESTAMP_MALFORMED), codes(r.informational()));
    assertTrue(r.genTime().isEmpty());
  }

  @Test
  void verify_signedByOtherKey_malformed() {
    try (LoopbackTsa wrongKey = LoopbackTsa.start(Behavior.WRONG_KEY)) {
      TimeStampResult r =
          TimeStampVerifier.of(List.of()).verify(wrongKey.issueToken(DATA), DATA, URL);

      assertEquals(List.of(StatusCode.TIMESTAMP_MALFORMED), codes(r.informational()));
    }
  }

  @Test
  void verify_tsaCertificateExpiredBeforeGenTime_outsideValidity() {
    try (LoopbackTsa expired = LoopbackTsa.start(Behavior.EXPIRED_CERTIFICATE)) {
      TimeStampResult r =
          TimeStampVerifier.of(List.of(expired.rootCertificate()))
              .verify(expired.issueToken(DATA), DATA, URL);

      assertEquals(List.of(StatusCode.TIMESTAMP_OUTSIDE_VALIDITY), codes(r.informational()));
      assertFalse(r.validated());
    }
  }

  @Test
  void verify_tokenWithoutCertificateButTsaKnownAsAnchor_validatedAndTrusted() {
    try (LoopbackTsa bare = LoopbackTsa.start(Behavior.NO_CERTIFICATE)) {
      byte[] token = bare.issueToken(DATA);

      TimeStampResult unknown = TimeStampVerifier.of(List.of()).verify(token, DATA, URL);
      TimeStampResult known =
          TimeStampVerifier.of(List.of(bare.tsaCertificate())).verify(token, DATA, URL);

      assertEquals(List.of(StatusCode.TIMESTAMP_UNTRUSTED), codes(unknown.informational()));
      assertFalse(unknown.validated());
      assertTrue(known.trusted(), known::toString);
    }
  }

  @Test
  void verify_caCtFixtureWithAlteredToken_malformedAsC2paRs() throws Exception {
    FixtureClaimSignature sig =
        FixtureClaimSignature.read(CounterSignatureDataTest.fixture("c2pa-rs-extra/CA_ct.jpg"));

    TimeStampResult r = verifyFixture(sig);

    assertEquals(List.of(StatusCode.TIMESTAMP_MALFORMED), codes(r.informational()), r::toString);
  }

  @Test
  void verify_eSigCaFixtureWithEditedClaim_mismatchAsC2paRs() throws Exception {
    FixtureClaimSignature sig =
        FixtureClaimSignature.read(CounterSignatureDataTest.fixture("c2pa-rs/E-sig-CA.jpg"));

    TimeStampResult r = verifyFixture(sig);

    assertEquals(List.of(StatusCode.TIMESTAMP_MISMATCH), codes(r.informational()), r::toString);
  }

  @Test
  void verify_v2TokenCheckedAsV1_mismatch() throws Exception {
    FixtureClaimSignature sig =
        FixtureClaimSignature.read(CounterSignatureDataTest.fixture("c2pa-rs/CACA.jpg"));

    TimeStampResult r =
        TimeStampVerifier.of(List.of())
            .verifyClaimSignature(
                TimeStampHeader.SIG_TST,
                sig.token(),
                sig.protectedHeader(),
                sig.signature(),
                sig.claim(),
                URL);

    assertEquals(List.of(StatusCode.TIMESTAMP_MISMATCH), codes(r.informational()));
  }

  private static TimeStampResult verifyFixture(FixtureClaimSignature sig) {
    return TimeStampVerifier.of(List.of())
        .verifyClaimSignature(
            sig.header(), sig.token(), sig.protectedHeader(), sig.signature(), sig.claim(), URL);
  }

  static List<String> codes(List<ValidationStatus> statuses) {
    return statuses.stream().map(ValidationStatus::code).collect(Collectors.toList());
  }
}
