package dev.candor.core.internal.tsa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.candor.core.StatusCode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CounterSignatureDataTest {

  private static final byte[] PROTECTED = {(byte) 0xa1, 0x01, 0x26}; // {1: -7}

  @Test
  void of_sigTst2_wrapsSignatureBstrInsideThePayloadBstr() {
    byte[] signature = new byte[64];
    signature[0] = 0x55;
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    expected.write(0x84); // array(4)
    expected.write(0x70); // tstr(16)
    expected.writeBytes("CounterSignature".getBytes(StandardCharsets.US_ASCII));
    expected.write(0x43); // bstr(3): protected header
    expected.writeBytes(PROTECTED);
    expected.write(0x40); // bstr(0): external_aad
    expected.writeBytes(new byte[] {0x58, 66}); // bstr(66): payload = CBOR of the signature bstr
    expected.writeBytes(new byte[] {0x58, 64}); // bstr(64): the signature's own head
    expected.writeBytes(signature);

    byte[] actual = CounterSignatureData.of(TimeStampHeader.SIG_TST2, PROTECTED, signature, null);

    assertArrayEquals(expected.toByteArray(), actual);
  }

  @Test
  void of_sigTst_usesClaimBytesAsPayload() {
    byte[] claim = new byte[300]; // needs a two-byte length head (0x59 0x01 0x2c)
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    expected.write(0x84);
    expected.write(0x70);
    expected.writeBytes("CounterSignature".getBytes(StandardCharsets.US_ASCII));
    expected.write(0x43);
    expected.writeBytes(PROTECTED);
    expected.write(0x40);
    expected.writeBytes(new byte[] {0x59, 0x01, 0x2c});
    expected.writeBytes(claim);

    byte[] actual =
        CounterSignatureData.of(TimeStampHeader.SIG_TST, PROTECTED, new byte[64], claim);

    assertArrayEquals(expected.toByteArray(), actual);
  }

  /**
   * Known answer: tokens c2pa-rs obtained from a real TSA (DigiCert) validate only if our bytes are
   * exactly what c2pa-rs hashed.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "c2pa-rs/C.jpg, SIG_TST",
    "c2pa-rs/CACA.jpg, SIG_TST2",
    "c2pa-rs/C_with_CAWG_data.jpg, SIG_TST2",
    "c2pa-rs/CA.jpg, SIG_TST"
  })
  void of_c2paRsFixture_reproducesTheTokenImprint(String file, TimeStampHeader header)
      throws Exception {
    FixtureClaimSignature sig = FixtureClaimSignature.read(fixture(file));
    assertEquals(header, sig.header(), file);

    TimeStampResult result =
        TimeStampVerifier.of(List.of())
            .verifyClaimSignature(
                sig.header(),
                sig.token(),
                sig.protectedHeader(),
                sig.signature(),
                sig.claim(),
                null);

    assertTrue(result.validated(), file + ": " + result);
    assertEquals(StatusCode.TIMESTAMP_UNTRUSTED, result.informational().get(0).code(), file);
  }

  static Path fixture(String relative) {
    String root = System.getProperty("candor.fixtures");
    assumeTrue(root != null, "candor.fixtures not set");
    Path p = Path.of(root, relative);
    assumeTrue(Files.isRegularFile(p), "fixture absent: " + p);
    return p;
  }
}
