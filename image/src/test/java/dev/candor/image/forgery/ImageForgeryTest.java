package dev.candor.image.forgery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.core.Assertion;
import dev.candor.core.GeneratorInfo;
import dev.candor.core.Provenance;
import dev.candor.core.Signers;
import dev.candor.core.SigningAlgorithm;
import dev.candor.core.SigningOptions;
import dev.candor.core.StatusCode;
import dev.candor.core.TrustAnchors;
import dev.candor.core.ValidationReport;
import dev.candor.core.ValidationState;
import dev.candor.core.VerifyOptions;
import dev.candor.core.asset.AssetSource;
import dev.candor.core.asset.ByteRange;
import dev.candor.core.asset.EmbeddedStore;
import dev.candor.core.forgery.Forge;
import dev.candor.core.internal.x509.TestCertificates;
import dev.candor.core.testkit.C2paReaders;
import dev.candor.core.testkit.ReaderVerdict;
import dev.candor.core.testkit.StoreSurgery;
import dev.candor.image.ImageLabeler;
import dev.candor.image.ImageLabels;
import dev.candor.image.JpegFormat;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forgeries that need a real container: exclusions that hide changed pixels, two stores in one
 * JPEG, and a store split across non-contiguous APP11 segments. Candor's verdict is asserted
 * always; c2pa-rs (c2pa-node) judges the same file when the interop readers are installed.
 */
class ImageForgeryTest {
  static final JpegFormat JPEG = new JpegFormat();
  static KeyPair keys;
  static ImageLabeler labeler;
  static dev.candor.core.Signer signer;
  static VerifyOptions trusting;

  @TempDir Path dir;

  @BeforeAll
  static void credentials() {
    TestCertificates.Spec spec = TestCertificates.goodSigner();
    keys = spec.keys;
    X509Certificate leaf = spec.issue();
    signer = Signers.fromKey(keys.getPrivate(), List.of(leaf));
    labeler =
        ImageLabels.labeler(SigningOptions.of(signer))
            .model(GeneratorInfo.of("Forgery Lab", "1"))
            .visibleLabel(null)
            .build();
    trusting =
        VerifyOptions.defaults().withTrust(TrustAnchors.of(List.of(TestCertificates.root())));
  }

  static byte[] jpeg(int size, long seed) throws Exception {
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
    Random r = new Random(seed);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        img.setRGB(x, y, new Color(r.nextInt(256), x * 255 / size, y * 255 / size).getRGB());
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "jpg", out);
    return out.toByteArray();
  }

  static ValidationReport verify(byte[] file) throws Exception {
    return Provenance.verify(JPEG, AssetSource.of(file), trusting);
  }

  /** c2pa-rs's verdict on the file, or null when the interop readers are not installed. */
  ReaderVerdict rs(byte[] file) throws Exception {
    if (!C2paReaders.available()) {
      return null;
    }
    Path f = Files.write(dir.resolve("forged.jpg"), file);
    Path root = dir.resolve("root.pem");
    Files.writeString(
        root,
        "-----BEGIN CERTIFICATE-----\n"
            + java.util.Base64.getMimeEncoder().encodeToString(TestCertificates.root().getEncoded())
            + "\n-----END CERTIFICATE-----\n");
    return C2paReaders.verify(C2paReaders.Reader.NODE, f, "image/jpeg", root);
  }

  @Test
  void genuine_trustedByBoth() throws Exception {
    byte[] labelled = labeler.label(jpeg(64, 1));
    assertEquals(ValidationState.TRUSTED, verify(labelled).state());
    ReaderVerdict v = rs(labelled);
    if (v != null) {
      assertEquals(ReaderVerdict.State.TRUSTED, v.state(), v.toString());
    }
  }

  @Test
  void exclusionCoversChangedPixels_dataHashMismatch() throws Exception {
    byte[] labelled = labeler.label(jpeg(64, 2));
    EmbeddedStore s = JPEG.findStores(AssetSource.of(labelled)).get(0);
    assertEquals(1, s.framing().size());
    ByteRange store = s.framing().get(0);
    // The attacker changes a byte of entropy-coded data near the end and excludes it as well.
    byte[] tampered = labelled.clone();
    int pixel = tampered.length - 20;
    tampered[pixel] ^= 0x55;
    List<ByteRange> exclusions = List.of(store, new ByteRange(pixel, 1));
    byte[] hash = JPEG.bindingDigest(AssetSource.of(tampered), exclusions, "SHA-256");
    byte[] forged =
        Forge.editAssertion(
            s.store(),
            "c2pa.hash.data",
            keys.getPrivate(),
            SigningAlgorithm.ES256,
            dh -> {
              List<Object> ex = new ArrayList<>();
              for (ByteRange r : exclusions) {
                Map<Object, Object> e = new LinkedHashMap<>();
                e.put("start", r.start());
                e.put("length", r.length());
                ex.add(e);
              }
              dh.put("exclusions", ex);
              dh.put("hash", hash);
              return dh;
            });
    forged = Forge.fitLength(forged, s.store().length, keys.getPrivate(), SigningAlgorithm.ES256);
    // One APP11 segment: FF EB, Lp, "JP", En, Z, then the store.
    System.arraycopy(forged, 0, tampered, (int) store.start() + 12, forged.length);
    assertEquals(store, JPEG.findStores(AssetSource.of(tampered)).get(0).framing().get(0));

    ValidationReport r = verify(tampered);
    assertEquals(ValidationState.INVALID, r.state(), r.toString());
    assertTrue(r.has(StatusCode.ASSERTION_DATAHASH_MISMATCH), r.toString());
    assertTrue(r.has(StatusCode.CLAIM_SIGNATURE_VALIDATED), "only the binding fails: " + r);
    ReaderVerdict v = rs(tampered);
    if (v != null) {
      // c2pa-rs accepts extra exclusions as informational (C2PA 2.x allows excluding metadata),
      // so the changed pixel goes unnoticed there.
      assertTrue(
          v.informational().contains(StatusCode.DATAHASH_ADDITIONAL_EXCLUSIONS), v.toString());
      assertEquals(ReaderVerdict.State.TRUSTED, v.state(), v.toString());
    }
  }

  static byte[] insert(byte[] file, int at, byte[] bytes) {
    return StoreSurgery.concat(
        java.util.Arrays.copyOfRange(file, 0, at),
        bytes,
        java.util.Arrays.copyOfRange(file, at, file.length));
  }

  @Test
  void twoManifestStores_manifestMultipleStores() throws Exception {
    byte[] a = labeler.label(jpeg(64, 3));
    byte[] b = labeler.label(jpeg(64, 4));
    ByteRange ra = JPEG.findStores(AssetSource.of(a)).get(0).framing().get(0);
    ByteRange rb = JPEG.findStores(AssetSource.of(b)).get(0).framing().get(0);
    byte[] second = java.util.Arrays.copyOfRange(b, (int) rb.start(), (int) rb.end());
    second[6] ^= 0x01; // another box instance number (En)
    byte[] both = insert(a, (int) ra.end(), second);
    assertEquals(2, JPEG.findStores(AssetSource.of(both)).size());
    ValidationReport r = verify(both);
    assertEquals(ValidationState.INVALID, r.state(), r.toString());
    assertEquals(List.of(StatusCode.MANIFEST_MULTIPLE_STORES), ValidationReport.codes(r.failure()));
    ReaderVerdict v = rs(both);
    if (v != null) {
      assertEquals(ReaderVerdict.State.ERROR, v.state(), v.toString());
      assertTrue(v.error().contains("TooManyManifestStores"), v.toString());
    }
  }

  @Test
  void storeSplitAcrossNonContiguousSegments_dataHashMismatch() throws Exception {
    // A store over 64,000 bytes takes two APP11 segments; a COM segment is slipped between them.
    byte[] big = new byte[70_000];
    new Random(5).nextBytes(big);
    ImageLabeler bigLabeler =
        ImageLabels.labeler(SigningOptions.of(signer))
            .model(GeneratorInfo.of("Forgery Lab", "1"))
            .visibleLabel(null)
            .assertion(Assertion.cbor("org.candor.test.filler", Map.of("data", big)))
            .build();
    byte[] labelled = bigLabeler.label(jpeg(64, 6));
    ByteRange run = JPEG.findStores(AssetSource.of(labelled)).get(0).framing().get(0);
    int firstSegmentEnd =
        (int) run.start()
            + 2
            + (((labelled[(int) run.start() + 2] & 0xff) << 8
                | (labelled[(int) run.start() + 3] & 0xff)));
    byte[] com = {(byte) 0xFF, (byte) 0xFE, 0, 6, 'h', 'i', '!', '!'};
    byte[] split = insert(labelled, firstSegmentEnd, com);
    EmbeddedStore s = JPEG.findStores(AssetSource.of(split)).get(0);
    assertEquals(2, s.framing().size(), "the store is found, in two pieces");

    ValidationReport r = verify(split);
    assertEquals(ValidationState.INVALID, r.state(), r.toString());
    assertTrue(r.has(StatusCode.ASSERTION_DATAHASH_MISMATCH), r.toString());
    ReaderVerdict v = rs(split);
    if (v != null) {
      assertEquals(ReaderVerdict.State.INVALID, v.state(), v.toString());
      assertTrue(v.failure().contains(StatusCode.ASSERTION_DATAHASH_MISMATCH), v.toString());
    }
  }
}
