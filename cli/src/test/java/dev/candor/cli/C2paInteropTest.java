package dev.candor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.candor.core.testkit.C2paReaders;
import dev.candor.core.testkit.ReaderVerdict;
import java.nio.file.Path;
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
}
