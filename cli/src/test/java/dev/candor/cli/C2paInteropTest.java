package dev.candor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.core.DevelopmentPki;
import dev.candor.core.testkit.C2paReaders;
import dev.candor.core.testkit.SoftHsm;
import dev.candor.core.testkit.ReaderVerdict;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the CLI writes is read as Candor reads it by c2pa-rs, the reference implementation. */
class C2paInteropTest {
  @TempDir Path tmp;

  @Test
  void label_jpegAndPng_trustedInC2paRs() throws Exception {
    C2paReaders.assumeAvailable();
    Cli cli = new Cli(tmp.resolve("home"));
    Cli.image(tmp.resolve("in/a.jpg"), "jpg", 1);
    Cli.image(tmp.resolve("in/b.png"), "png", 2);
    Path out = tmp.resolve("out");
    Cli.Result r =
        cli.run(
            "label",
            "--model",
            "Example Diffusion",
            "--model-version",
            "3.1",
            tmp.resolve("in").toString(),
            "-o",
            out.toString());
    assertEquals(0, r.status(), r.toString());
    Path root = tmp.resolve("home/dev-keys/root.pem");
    ReaderVerdict jpeg =
        C2paReaders.verify(C2paReaders.Reader.NODE, out.resolve("a.jpg"), "image/jpeg", root);
    assertEquals(ReaderVerdict.State.TRUSTED, jpeg.state(), jpeg.toString());
    ReaderVerdict png =
        C2paReaders.verify(C2paReaders.Reader.NODE, out.resolve("b.png"), "image/png", root);
    assertEquals(ReaderVerdict.State.TRUSTED, png.state(), png.toString());
    ReaderVerdict untrusted =
        C2paReaders.verify(C2paReaders.Reader.NODE, out.resolve("a.jpg"), "image/jpeg", null);
    assertEquals(ReaderVerdict.State.VALID, untrusted.state(), untrusted.toString());
    assertEquals(
        "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia",
        jpeg.digitalSourceTypes().get(0));
  }

  @Test
  void label_withKeyInPkcs11Token_trustedInC2paRs() throws Exception {
    Path cfg = SoftHsm.config();
    DevelopmentPki pki = SoftHsm.storeKey("c2pa-signer", DevelopmentPki.KeyType.EC_P256);
    Path root = java.nio.file.Files.writeString(tmp.resolve("root.pem"),
        dev.candor.core.internal.x509.Pem.encodeCertificates(java.util.List.of(pki.root())));
    Cli.image(tmp.resolve("in/a.jpg"), "jpg", 1);
    Path out = tmp.resolve("out.jpg");
    Cli noPin = new Cli(tmp.resolve("home"));
    Cli.Result refused = noPin.run("label", "--pkcs11", cfg.toString(), tmp.resolve("in/a.jpg").toString(),
        "-o", out.toString());
    assertEquals(2, refused.status(), refused.toString());
    assertTrue(refused.err().contains("CANDOR_PKCS11_PIN"), refused.err());

    Cli cli = new Cli(tmp.resolve("home"), Map.of("CANDOR_PKCS11_PIN", SoftHsm.PIN));
    Cli.Result r = cli.run("label", "--pkcs11", cfg.toString(), "--alias", "c2pa-signer",
        tmp.resolve("in/a.jpg").toString(), "-o", out.toString());
    assertEquals(0, r.status(), r.toString());
    assertEquals("TRUSTED", cli.run("verify", "--json", "--trust", root.toString(), out.toString())
        .jsonLines().get(0).get("state").asText());
    C2paReaders.assumeAvailable();
    ReaderVerdict rs = C2paReaders.verify(C2paReaders.Reader.NODE, out, "image/jpeg", root);
    assertEquals(ReaderVerdict.State.TRUSTED, rs.state(), rs.toString());
  }
}
