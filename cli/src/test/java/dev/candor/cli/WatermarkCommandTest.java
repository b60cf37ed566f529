package dev.candor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code label --watermark}, record recovery after stripping, and {@code watermark embed|detect}. */
class WatermarkCommandTest {
  @TempDir Path home;
  @TempDir Path work;

  /** A PNG of w×h whose pixel (x, y) is {@code rgb} of x, y and a generator seeded with 5. */
  private static Path png(Path file, int w, int h, Pixel rgb) throws Exception {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    java.util.Random r = new java.util.Random(5);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        img.setRGB(x, y, rgb.at(x, y, r));
      }
    }
    ImageIO.write(img, "png", file.toFile());
    return file;
  }

  private interface Pixel {
    int at(int x, int y, java.util.Random r);
  }

  static Path photo(Path file) throws Exception {
    return png(file, 512, 384, (x, y, r) -> {
      int v = (int) (128 + 60 * Math.sin(x / 17.0) * Math.cos(y / 23.0)) + r.nextInt(20);
      return (Math.min(255, v) << 16) | (v / 2 << 8) | (255 - v);
    });
  }

  @Test
  void labelWatermark_thenStripped_verifyRecoversRecordThroughWatermark() throws Exception {
    Cli cli = new Cli(home);
    Path src = photo(work.resolve("gen.png"));
    Path out = work.resolve("out.png");
    var r = cli.run("label", "--watermark", "--no-visible-label", src.toString(), "-o", out.toString());
    assertEquals(0, r.status(), r.toString());
    JsonNode v = cli.run("verify", "--json", out.toString()).jsonLines().get(0);
    assertEquals("VALID", v.get("state").asText(), v.toString());
    assertTrue(v.get("layers").toString().contains("watermark"), v.toString());

    Path stripped = work.resolve("stripped.jpg");
    ImageIO.write(ImageIO.read(out.toFile()), "jpg", stripped.toFile());
    JsonNode s = cli.run("verify", "--json", stripped.toString()).jsonLines().get(0);
    assertEquals("VALID", s.get("state").asText(), s.toString());
    assertTrue(s.get("layers").toString().contains("watermark"), s.toString());
    assertTrue(!s.get("layers").toString().contains("c2pa"), s.toString());
    assertTrue(s.get("message").asText().contains("watermark"), s.toString());
  }

  @Test
  void verifyQuickSearch_readsStrippedCopyAtItsSize_leavesResizedOneToTheFullSearch()
      throws Exception {
    Cli cli = new Cli(home);
    Path out = work.resolve("out.png");
    var r = cli.run("label", "--watermark", "--no-visible-label",
        photo(work.resolve("gen.png")).toString(), "-o", out.toString());
    assertEquals(0, r.status(), r.toString());
    BufferedImage marked = ImageIO.read(out.toFile());
    Path stripped = work.resolve("stripped.jpg");
    ImageIO.write(marked, "jpg", stripped.toFile());
    BufferedImage small = new BufferedImage(384, 288, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = small.createGraphics();
    g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
        java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(marked, 0, 0, 384, 288, null);
    g.dispose();
    Path resized = work.resolve("resized.jpg");
    ImageIO.write(small, "jpg", resized.toFile());

    JsonNode quick = cli.run("verify", "--json", "--watermark-search", "quick",
        stripped.toString(), resized.toString()).jsonLines().get(0);
    assertEquals("VALID", quick.get("state").asText(), quick.toString());
    JsonNode missed = cli.run("verify", "--json", "--watermark-search", "QUICK",
        resized.toString()).jsonLines().get(0);
    assertEquals("UNMARKED", missed.get("state").asText(), missed.toString());
    JsonNode full = cli.run("verify", "--json", resized.toString()).jsonLines().get(0);
    assertEquals("VALID", full.get("state").asText(), full.toString());
    var bad = cli.run("verify", "--watermark-search", "fast", stripped.toString());
    assertEquals(2, bad.status(), bad.toString());
    assertTrue(bad.err().contains("--watermark-search"), bad.toString());
  }

  /**
   * 160² grey noise of standard deviation 100: too small and too busy for the mark to read back
   * whatever its payload and key (the labeller draws a random id: 0 of 6000 read back, against 2
   * of 100 at 256² and 60).
   */
  static Path noise(Path file) throws Exception {
    return png(file, 160, 160,
        (x, y, r) -> (int) Math.max(0, Math.min(255, 128 + 100 * r.nextGaussian())) * 0x010101);
  }

  @Test
  void imageTooBusyForTheMark_labelFailsIt_embedWritesWithAWarning() throws Exception {
    Cli cli = new Cli(home);
    Path busy = noise(work.resolve("busy.png"));
    Path ok = photo(work.resolve("ok.png"));
    Path dir = work.resolve("out");
    var r = cli.run("label", "--watermark", busy.toString(), ok.toString(), "-o", dir.toString());
    assertEquals(1, r.status(), r.toString());
    assertTrue(r.err().contains("busy.png: the invisible watermark does not read back"), r.err());
    assertTrue(r.err().contains("with --watermark-strength robust"), "suggests the stronger mark");
    assertTrue(!Files.exists(dir.resolve("busy.png")), "nothing written for the failed file");
    assertTrue(Files.exists(dir.resolve("ok.png")), "the other file is labelled");

    Path key = Files.write(work.resolve("k.bin"), "a-secret-of-sixteen-bytes+".getBytes());
    Path marked = work.resolve("busy-marked.png");
    var e = cli.run("watermark", "embed", busy.toString(), marked.toString(),
        "--payload", "00112233445566ff", "--key", key.toString());
    assertEquals(0, e.status(), e.toString());
    assertTrue(e.err().contains("warning: " + marked + ": the mark does not read back"), e.err());
    assertTrue(Files.exists(marked));
    var quiet = cli.run("watermark", "embed", ok.toString(), work.resolve("ok-marked.jpg").toString(),
        "--payload", "00112233445566ff", "--key", key.toString());
    assertEquals("", quiet.err(), "no warning when the mark reads back");
  }

  @Test
  void strengthRobust_readsOnNoiseWhereSubtleDoesNot_labelTakesIt() throws Exception {
    Cli cli = new Cli(home);
    Path key = Files.write(work.resolve("k.bin"), "a-secret-of-sixteen-bytes+".getBytes());
    // 256² grey noise of standard deviation 60: the subtle mark does not read back from it; the
    // standard one takes the 1.5-fold fit there, since only that one reads.
    Path busy = png(work.resolve("busy.png"), 256, 256,
        (x, y, r) -> (int) Math.max(0, Math.min(255, 128 + 60 * r.nextGaussian())) * 0x010101);
    for (String strength : new String[] {"subtle", "standard", "robust"}) {
      Path marked = work.resolve(strength + ".png");
      var e = cli.run("watermark", "embed", busy.toString(), marked.toString(),
          "--payload", "00112233445566ff", "--key", key.toString(), "--strength", strength);
      assertEquals(0, e.status(), e.toString());
      var d = cli.run("watermark", "detect", marked.toString(), "--key", key.toString());
      boolean reads = !strength.equals("subtle");
      assertEquals(reads ? "00112233445566ff" : "none", d.out().trim(), strength);
      assertEquals(reads, e.err().isEmpty(), e.err());
    }
    var bad = cli.run("watermark", "embed", busy.toString(), work.resolve("x.png").toString(),
        "--payload", "00112233445566ff", "--key", key.toString(), "--strength", "max");
    assertEquals(2, bad.status());
    assertTrue(bad.err().contains("SUBTLE, STANDARD, ROBUST"), bad.err());

    Path photo = photo(work.resolve("p.png"));
    Path out = work.resolve("labelled.png");
    var label = cli.run("label", "--watermark", "--watermark-strength", "robust",
        "--no-visible-label", photo.toString(), "-o", out.toString());
    assertEquals(0, label.status(), label.toString());
    assertTrue(cli.run("watermark", "detect", out.toString()).out().trim()
        .matches("[0-9a-f]{16}"), "the default key's mark reads back");
    // auto: standard, then robust where that does not read back; 160² noise of sd 100 reads at
    // neither, and the reason says so, while the photograph is labelled.
    Path dir = work.resolve("auto");
    var auto = cli.run("label", "--watermark", "--watermark-strength", "auto",
        "--no-visible-label", photo.toString(), noise(work.resolve("n.png")).toString(),
        "-o", dir.toString());
    assertEquals(1, auto.status(), auto.toString());
    assertTrue(auto.err().contains("n.png: the invisible watermark does not read back")
        && auto.err().contains("every strength tried"), auto.err());
    assertTrue(Files.exists(dir.resolve("p.png")) && !Files.exists(dir.resolve("n.png")));
    var alone = cli.run("label", "--watermark-strength", "robust", photo.toString(),
        "-o", work.resolve("alone.png").toString());
    assertEquals(2, alone.status(), alone.toString());
    assertTrue(alone.err().contains("go with --watermark"), alone.err());
  }

  @Test
  void databaseRepository_labelFilesTheRecordThere_verifyRecoversItWithTheCredentials()
      throws Exception {
    // An embedded H2 database in one file, its user and password from the environment only.
    Cli cli =
        new Cli(home, java.util.Map.of(
            ManifestLocation.USER_ENV, "candor", ManifestLocation.PASSWORD_ENV, "db-pass-1234"));
    String url = "jdbc:h2:" + work.resolve("records").toAbsolutePath();
    Path src = photo(work.resolve("gen.png"));
    Path out = work.resolve("out.png");
    var r = cli.run("label", "--watermark", "--no-visible-label", "--manifests", url,
        src.toString(), "-o", out.toString());
    assertEquals(0, r.status(), r.toString());
    assertTrue(Files.isRegularFile(work.resolve("records.mv.db")), "one file holds the records");
    assertTrue(!Files.exists(home.resolve("manifests")), "nothing filed in the default folder");

    Path stripped = work.resolve("stripped.jpg");
    ImageIO.write(ImageIO.read(out.toFile()), "jpg", stripped.toFile());
    JsonNode s = cli.run("verify", "--json", "--manifests", url, stripped.toString())
        .jsonLines().get(0);
    assertEquals("VALID", s.get("state").asText(), s.toString());
    assertTrue(s.get("message").asText().contains("watermark"), s.toString());

    // Wrong credentials: an error that names the repository and neither URL nor password.
    Cli wrong =
        new Cli(home, java.util.Map.of(
            ManifestLocation.USER_ENV, "candor", ManifestLocation.PASSWORD_ENV, "not-it-5678"));
    var refused = wrong.run("verify", "--json", "--manifests", url, stripped.toString());
    JsonNode e = refused.jsonLines().get(0);
    assertEquals("ERROR", e.get("state").asText(), e.toString());
    assertTrue(e.get("message").asText().startsWith("manifest repository: cannot connect"),
        e.toString());
    assertTrue(!refused.toString().contains("not-it-5678"), refused.toString());
    assertEquals(2, refused.status(), refused.toString());
  }

  @Test
  void databaseRepository_unreachable_labelFailsBeforeAnyFileIsWritten() throws Exception {
    Cli cli = new Cli(home);
    Path out = work.resolve("out.png");
    var r = cli.run("label", "--watermark", "--no-visible-label", "--manifests",
        "jdbc:postgresql://127.0.0.1:1/candor", photo(work.resolve("gen.png")).toString(),
        "-o", out.toString());
    assertEquals(2, r.status(), r.toString());
    assertTrue(r.err().contains("cannot connect to the manifest database (jdbc:postgresql)"),
        r.toString());
    assertTrue(!Files.exists(out), "nothing written");
  }

  @Test
  void namedKeyAndRepository_labelFilesThere_verifyFindsTheRecordOnlyWithThem() throws Exception {
    Cli cli = new Cli(home);
    Path key = Files.write(work.resolve("production.key"), "a-secret-of-sixteen-bytes+".getBytes());
    Path repo = work.resolve("shared-manifests");
    Path src = photo(work.resolve("gen.png"));
    Path out = work.resolve("out.png");
    var r = cli.run("label", "--watermark", "--no-visible-label", "--watermark-key", key.toString(),
        "--manifests", repo.toString(), src.toString(), "-o", out.toString());
    assertEquals(0, r.status(), r.toString());
    try (var filed = Files.list(repo)) {
      assertEquals(1, filed.count(), "the record is filed in the named repository");
    }
    assertTrue(!Files.exists(home.resolve("dev-keys/watermark.key")), "no default key was made");

    Path stripped = work.resolve("stripped.jpg");
    ImageIO.write(ImageIO.read(out.toFile()), "jpg", stripped.toFile());
    JsonNode without = cli.run("verify", "--json", stripped.toString()).jsonLines().get(0);
    assertEquals("UNMARKED", without.get("state").asText(), without.toString());
    JsonNode with = cli.run("verify", "--json", "--watermark-key", key.toString(),
        "--manifests", repo.toString(), stripped.toString()).jsonLines().get(0);
    assertEquals("VALID", with.get("state").asText(), with.toString());
    assertTrue(with.get("message").asText().contains("watermark"), with.toString());
    JsonNode elsewhere = cli.run("verify", "--json", "--watermark-key", key.toString(),
        "--manifests", work.resolve("empty").toString(), stripped.toString()).jsonLines().get(0);
    assertEquals("INVALID", elsewhere.get("state").asText(), elsewhere.toString());
    assertTrue(elsewhere.get("message").asText().contains("holds no record under it"),
        elsewhere.toString());
    // a record filed under this id that is another image's (it declares another watermark)
    Path other = work.resolve("other.png");
    assertEquals(0, cli.run("label", "--watermark", "--no-visible-label", "--watermark-key",
        key.toString(), "--manifests", work.resolve("other-repo").toString(), photo(work.resolve("o.png")).toString(),
        "-o", other.toString()).status());
    String id = cli.run("watermark", "detect", "--key", key.toString(), stripped.toString()).out().trim();
    Path swapped = Files.createDirectories(work.resolve("swapped"));
    try (var records = Files.list(work.resolve("other-repo"))) {
      Files.copy(records.findFirst().orElseThrow(), swapped.resolve(id + ".c2pa"));
    }
    JsonNode mismatch = cli.run("verify", "--json", "--watermark-key", key.toString(),
        "--manifests", swapped.toString(), stripped.toString()).jsonLines().get(0);
    assertEquals("INVALID", mismatch.get("state").asText(), mismatch.toString());
    assertTrue(mismatch.get("message").asText().contains("does not declare it"), mismatch.toString());
    JsonNode inspected = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
        cli.run("inspect", "--watermark-key", key.toString(), "--manifests", repo.toString(),
            stripped.toString()).out());
    assertEquals("VALID", inspected.get("verification").get("state").asText(), inspected.toString());
  }

  @Test
  void keysWatermark_createsSecretOnce_forceReplaces_labelUsesIt() throws Exception {
    Cli cli = new Cli(home);
    Path key = work.resolve("keys/wm.key");
    var r = cli.run("keys", "watermark", "--out", key.toString());
    assertEquals(0, r.status(), r.toString());
    assertEquals(key.toString(), r.out().trim());
    byte[] first = Files.readAllBytes(key);
    assertEquals(32, first.length);
    assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(key)));
    var again = cli.run("keys", "watermark", "--out", key.toString());
    assertEquals(0, again.status());
    assertTrue(again.err().contains("kept it"), again.err());
    assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(key)), "an existing key is kept");
    assertEquals(0, cli.run("keys", "watermark", "--out", key.toString(), "--force").status());
    assertTrue(!java.util.Arrays.equals(first, Files.readAllBytes(key)), "--force replaces it");
    try (var left = Files.list(key.getParent())) {
      assertEquals(1, left.count(), "no temporary file left");
    }
    assertEquals(0, cli.run("keys", "watermark").status());
    assertTrue(Files.isRegularFile(home.resolve("dev-keys/watermark.key")), "default location");

    Path out = work.resolve("out.png");
    var label = cli.run("label", "--watermark", "--watermark-key", key.toString(), "--manifests",
        work.resolve("repo").toString(), photo(work.resolve("p.png")).toString(), "-o", out.toString());
    assertEquals(0, label.status(), label.toString());
    assertTrue(cli.run("watermark", "detect", "--key", key.toString(), out.toString()).out()
        .trim().matches("[0-9a-f]{16}"));
  }

  @Test
  void namedKeyMissingShortOrWithoutWatermark_exit2WithReason() throws Exception {
    Cli cli = new Cli(home);
    Path src = photo(work.resolve("gen.png"));
    Path shortKey = Files.write(work.resolve("short.key"), "too-short".getBytes());
    var missing = cli.run("label", "--watermark", "--watermark-key", work.resolve("nope.key").toString(),
        src.toString(), "-o", work.resolve("a.png").toString());
    assertEquals(2, missing.status(), missing.toString());
    assertTrue(missing.err().contains("--watermark-key") && missing.err().contains("no such file"),
        missing.err());
    var tooShort = cli.run("verify", "--watermark-key", shortKey.toString(), src.toString());
    assertEquals(2, tooShort.status(), tooShort.toString());
    assertTrue(tooShort.err().contains("holds 9 bytes"), tooShort.err());
    var alone = cli.run("label", "--watermark-key", shortKey.toString(), src.toString(),
        "-o", work.resolve("b.png").toString());
    assertEquals(2, alone.status(), alone.toString());
    assertTrue(alone.err().contains("go with --watermark"), alone.err());
    assertTrue(!Files.exists(work.resolve("a.png")) && !Files.exists(work.resolve("b.png")));
  }

  @Test
  void embedThenDetect_printsPayload_noneWhenUnmarked() throws Exception {
    Cli cli = new Cli(home);
    Path key = Files.write(work.resolve("k.bin"), "a-secret-of-sixteen-bytes+".getBytes());
    Path src = photo(work.resolve("p.png"));
    Path marked = work.resolve("m.jpg");
    assertEquals(0, cli.run("watermark", "embed", src.toString(), marked.toString(),
        "--payload", "00112233445566ff", "--key", key.toString()).status());
    var d = cli.run("watermark", "detect", marked.toString(), "--key", key.toString());
    assertEquals(0, d.status(), d.toString());
    assertEquals("00112233445566ff", d.out().trim());
    var none = cli.run("watermark", "detect", src.toString(), "--key", key.toString());
    assertEquals(0, none.status());
    assertEquals("none", none.out().trim());
    var quick = cli.run("watermark", "detect", marked.toString(), "--key", key.toString(),
        "--search", "quick");
    assertEquals("00112233445566ff", quick.out().trim(), quick.toString());
    var quickNone = cli.run("watermark", "detect", src.toString(), "--key", key.toString(),
        "--search", "quick");
    assertEquals("none", quickNone.out().trim(), quickNone.toString());
    assertEquals(2, cli.run("watermark", "detect", work.resolve("missing.png").toString(),
        "--key", key.toString()).status());
  }

  @Test
  void embedToWebp_losslessCopy_detectPrintsPayload() throws Exception {
    Cli cli = new Cli(home);
    Path key = Files.write(work.resolve("k.bin"), "a-secret-of-sixteen-bytes+".getBytes());
    Path src = photo(work.resolve("p.png"));
    Path marked = work.resolve("m.webp");
    var e = cli.run("watermark", "embed", src.toString(), marked.toString(),
        "--payload", "00112233445566ff", "--key", key.toString());
    assertEquals(0, e.status(), e.toString());
    byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(marked), 16);
    assertEquals("WEBPVP8L",
        new String(head, 8, 8, java.nio.charset.StandardCharsets.ISO_8859_1), "a lossless WebP");
    var d = cli.run("watermark", "detect", marked.toString(), "--key", key.toString());
    assertEquals("00112233445566ff", d.out().trim(), d.toString());
    var bad = cli.run("watermark", "embed", src.toString(), work.resolve("m.gif").toString(),
        "--payload", "00112233445566ff", "--key", key.toString());
    assertEquals(2, bad.status());
    assertTrue(bad.err().contains(".webp"), bad.err());
  }

  @Test
  void embed_truncatedJpegOrMissingFile_exit2WithReasonAndNoOutput() throws Exception {
    Cli cli = new Cli(home);
    Path key = Files.write(work.resolve("k.bin"), "a-secret-of-sixteen-bytes+".getBytes());
    Path whole = work.resolve("whole.jpg");
    ImageIO.write(ImageIO.read(photo(work.resolve("p.png")).toFile()), "jpg", whole.toFile());
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = Files.write(work.resolve("cut.jpg"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
    Path out = work.resolve("m.jpg");
    var r = cli.run("watermark", "embed", cut.toString(), out.toString(),
        "--payload", "00112233445566ff", "--key", key.toString());
    assertEquals(2, r.status(), r.toString());
    assertTrue(r.err().contains("truncated"), r.err());
    assertTrue(!Files.exists(out), "no output");
    var missing = cli.run("watermark", "embed", work.resolve("nope.jpg").toString(), out.toString(),
        "--payload", "00112233445566ff", "--key", key.toString());
    assertEquals(2, missing.status());
    assertTrue(missing.err().contains("no such file"), missing.err());
    var noKey = cli.run("watermark", "embed", whole.toString(), out.toString(),
        "--payload", "00112233445566ff", "--key", work.resolve("nope.key").toString());
    assertEquals(2, noKey.status());
    assertTrue(noKey.err().contains("--key: ") && noKey.err().contains("no such file"), noKey.err());
    Path shortKey = Files.write(work.resolve("short.key"), new byte[5]);
    var tooShort = cli.run("watermark", "detect", whole.toString(), "--key", shortKey.toString());
    assertEquals(2, tooShort.status());
    assertTrue(tooShort.err().contains("holds 5 bytes"), tooShort.err());
    assertTrue(!Files.exists(out), "no output");
  }

  @Test
  void embed_jpegStoredTurned_marksThePictureAsItDisplays() throws Exception {
    Cli cli = new Cli(home);
    Path key = Files.write(work.resolve("k.bin"), "a-secret-of-sixteen-bytes+".getBytes());
    java.io.ByteArrayOutputStream jpg = new java.io.ByteArrayOutputStream();
    ImageIO.write(ImageIO.read(photo(work.resolve("p.png")).toFile()), "jpg", jpg);
    byte[] plain = jpg.toByteArray();
    // APP1 Exif: big-endian TIFF, one entry, Orientation = 6 (stored turned 90° anticlockwise)
    java.nio.ByteBuffer app1 = java.nio.ByteBuffer.allocate(4 + 6 + 26);
    app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + 26));
    app1.put("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    app1.put(new byte[] {'M', 'M', 0, 42}).putInt(8).putShort((short) 1);
    app1.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
    app1.putInt(0);
    java.io.ByteArrayOutputStream turned = new java.io.ByteArrayOutputStream();
    turned.write(plain, 0, 2);
    turned.write(app1.array());
    turned.write(plain, 2, plain.length - 2);
    Path in = Files.write(work.resolve("turned.jpg"), turned.toByteArray());
    Path out = work.resolve("marked.png");
    assertEquals(0, cli.run("watermark", "embed", in.toString(), out.toString(),
        "--payload", "00112233445566ff", "--key", key.toString()).status());
    BufferedImage marked = ImageIO.read(out.toFile());
    assertEquals(384, marked.getWidth(), "512×384 stored, 384×512 shown");
    assertEquals(512, marked.getHeight());
    assertEquals("00112233445566ff",
        cli.run("watermark", "detect", out.toString(), "--key", key.toString()).out().trim());
  }
}
