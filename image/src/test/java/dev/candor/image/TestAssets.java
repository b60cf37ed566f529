package dev.candor.image;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.candor.core.asset.AssetSource;
import dev.candor.core.asset.ByteRange;
import dev.candor.core.asset.EmbedPlan;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Fixtures read in place, small generated images, fake stores, and a plan writer. */
public final class TestAssets {
  private TestAssets() {}

  /** A fixture under {@code candor.fixtures}; the test is skipped when the folder is absent. */
  public static Path fixture(String relative) {
    String root = System.getProperty("candor.fixtures");
    assumeTrue(root != null && Files.isDirectory(Path.of(root)), "C2PA fixtures absent");
    Path p = Path.of(root, relative);
    assumeTrue(Files.isRegularFile(p), "fixture absent: " + p);
    return p;
  }

  /** The bytes of a fixture, or empty when the fixtures are absent (the test goes on). */
  public static java.util.Optional<byte[]> fixtureIfPresent(String relative) throws IOException {
    String root = System.getProperty("candor.fixtures");
    Path p = root == null ? null : Path.of(root, relative);
    return p != null && Files.isRegularFile(p)
        ? java.util.Optional.of(Files.readAllBytes(p))
        : java.util.Optional.empty();
  }

  /** The bytes of a fixture. */
  public static byte[] fixtureBytes(String relative) throws IOException {
    return Files.readAllBytes(fixture(relative));
  }

  /** A small RGB image with some structure, encoded by ImageIO ("jpg" or "png"). */
  public static byte[] image(String imageIoFormat, int width, int height) throws IOException {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(30, 90, 160));
    g.fillRect(0, 0, width, height);
    g.setColor(Color.ORANGE);
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!ImageIO.write(img, imageIoFormat, out)) {
      throw new IllegalStateException("no ImageIO writer for " + imageIoFormat);
    }
    return out.toByteArray();
  }

  /**
   * A stand-in manifest store of {@code n} bytes (n &ge; 40) shaped like one: a {@code jumb}
   * superbox whose {@code jumd} has the C2PA manifest-store UUID and label {@code c2pa}, then
   * filler.
   */
  public static byte[] fakeStore(int n) {
    byte[] s = new byte[n];
    for (int i = 0; i < n; i++) {
      s[i] = (byte) (i * 31 + 7);
    }
    put32(s, 0, n);
    ascii(s, 4, "jumb");
    put32(s, 8, 8 + 16 + 1 + 5); // jumd: header, UUID, toggles, "c2pa\0"
    ascii(s, 12, "jumd");
    byte[] uuid = {
      'c',
      '2',
      'p',
      'a',
      0x00,
      0x11,
      0x00,
      0x10,
      (byte) 0x80,
      0x00,
      0x00,
      (byte) 0xAA,
      0x00,
      0x38,
      (byte) 0x9B,
      0x71
    };
    System.arraycopy(uuid, 0, s, 16, 16);
    s[32] = 0x03; // toggles: requestable, label present
    ascii(s, 33, "c2pa\0");
    return s;
  }

  /** Writes a plan the way core does: copies, inserts, and the framed store in the slot. */
  public static Written write(EmbedPlan plan, byte[] input, byte[] store) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteRange slot = null;
    for (EmbedPlan.Piece p : plan.resolve(store.length)) {
      if (p instanceof EmbedPlan.Copy c) {
        out.write(input, (int) c.offset(), (int) c.length());
      } else if (p instanceof EmbedPlan.Insert i) {
        out.write(i.bytes());
      } else if (p instanceof EmbedPlan.Slot) {
        long start = out.size();
        plan.framing().write(store, out);
        slot = new ByteRange(start, out.size() - start);
        if (slot.length() != plan.framing().framedLength(store.length)) {
          throw new AssertionError("framedLength disagrees with write: " + slot.length());
        }
      } else {
        throw new AssertionError("unresolved piece " + p);
      }
    }
    return new Written(out.toByteArray(), slot);
  }

  /** The output bytes and where the slot landed. */
  public record Written(byte[] bytes, ByteRange slot) {
    /** A source over the output. */
    public AssetSource source() {
      return AssetSource.of(bytes);
    }

    /** The output without the slot. */
    public byte[] withoutSlot() {
      return cut(bytes, java.util.List.of(slot));
    }
  }

  /** {@code bytes} without the given ranges. */
  public static byte[] cut(byte[] bytes, java.util.List<ByteRange> ranges) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long pos = 0;
    for (ByteRange r :
        ranges.stream().sorted(java.util.Comparator.comparingLong(ByteRange::start)).toList()) {
      out.write(bytes, (int) pos, (int) (r.start() - pos));
      pos = r.end();
    }
    out.write(bytes, (int) pos, (int) (bytes.length - pos));
    return out.toByteArray();
  }

  private static void put32(byte[] b, int off, int v) {
    b[off] = (byte) (v >>> 24);
    b[off + 1] = (byte) (v >>> 16);
    b[off + 2] = (byte) (v >>> 8);
    b[off + 3] = (byte) v;
  }

  private static void ascii(byte[] b, int off, String s) {
    byte[] a = s.getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(a, 0, b, off, a.length);
  }
}
