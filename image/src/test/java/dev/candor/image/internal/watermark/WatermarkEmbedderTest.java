package dev.candor.image.internal.watermark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the embedder's output bit for bit: SHA-256 of the marked raster's samples for fixed
 * synthetic hosts, recorded on commit 47edab0, before the embedder was restructured for speed
 * (sizes below, at and above the tile and the detector's 1024 px region, odd sizes, grey, RGB,
 * packed, palette and subimage rasters; the small textured hosts take the raised budget). A change
 * of any hash means the marked images differ, which a speed-up must not cause.
 */
class WatermarkEmbedderTest {
  private static final byte[] SEED =
      "embedder-golden-seed-0123456789ab".getBytes(StandardCharsets.US_ASCII);
  private static final long PAYLOAD = 0x00000000c0ffee01L;

  static Stream<Arguments> hosts() {
    return Stream.of(
        Arguments.of(
            "photo 1920x1080 INT_RGB",
            "6f07e572a6bceaf684de69e5c96d3133cbf3643b16f523a9a90307107cb28f67"),
        Arguments.of(
            "photo 1920x1080 3BYTE_BGR",
            "d2aa38b7deec1e230edb5595ed1603ec07f241626b3755233de83fd61e7bfffa"),
        Arguments.of(
            "noise 1100x1031 3BYTE_BGR",
            "38c40d1ed6746bf66be37e7f07ae6376b7d19bb4a96d24c69a91ffbf749bbca2"),
        Arguments.of(
            "photo 1031x777 BYTE_GRAY",
            "bc170caf3771ed486b4d6d271810836796999115efa0d77420f43688714bd84b"),
        Arguments.of(
            "photo 97x61 INT_RGB",
            "160e4ba1e362bf8aee7f462684833e1a910a5941bcdd069daea79cabd1b14488"),
        Arguments.of(
            "noise 300x200 INT_ARGB",
            "a5d3cdaf58496c9cb8a603a94482c8eaec5ea3a8a1628f56ff1dc8a9e173f726"),
        Arguments.of(
            "photo 257x129 USHORT_GRAY",
            "c9077eb9f10bc9b2ccb51c038badc13fb02165d59e30fac6a629d54afc741420"),
        Arguments.of(
            "flat 400x300 3BYTE_BGR",
            "b330583c5f0ffdc33f2a864e9fcdce34745a5563ea9dc7b223932d0c648573a8"),
        Arguments.of(
            "photo 333x222 3BYTE_BGR sub",
            "3bdee0a4d7573f091cf16ab22423cf3c320e516a3804af402026495e60c8be3b"),
        Arguments.of(
            "noise 210x130 INT_ARGB sub",
            "fb14cbdb2a62630d3ddf4206565d44403c58dc8ebe4d56323258b944c0f1f5f1"),
        Arguments.of(
            "photo 200x150 4BYTE_ABGR",
            "88ac4f6d8f4752bc539af15913627758a8e32be9a5a74081b088abd6d06e985a"),
        Arguments.of(
            "noise 64x40 BYTE_GRAY",
            "b1ae9f2e45f43dc7d7c55dbdc2ca37c51f240f4259266d0a6c3c94e9087c6ca4"),
        Arguments.of(
            "photo 150x100 BYTE_INDEXED",
            "e9450517f7119c0a0fafbbf0d8489f742d8406bdc799d6d2d314b3aaa3a0755d"),
        Arguments.of(
            "photo 1300x90 INT_BGR",
            "bb43798f98c002fa47acfc58394a1ff8fa375973e6045f50e60d05f38f28b7ad"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hosts")
  void embed_fixedHost_sameRasterAsRecorded(String host, String sha256) {
    BufferedImage marked = WatermarkEmbedder.embed(host(host), PAYLOAD, SEED);
    assertEquals(sha256, digest(marked), host);
  }

  /** "content WxH TYPE [sub]": content photo (shapes and grain), noise (uniform) or flat. */
  static BufferedImage host(String spec) {
    String[] f = spec.split(" ");
    String[] wh = f[1].split("x");
    int w = Integer.parseInt(wh[0]);
    int h = Integer.parseInt(wh[1]);
    int type = type(f[2]);
    boolean sub = f.length > 3;
    BufferedImage img = new BufferedImage(w + (sub ? 11 : 0), h + (sub ? 6 : 0), type);
    BufferedImage rgb = content(f[0], img.getWidth(), img.getHeight());
    Graphics2D g = img.createGraphics();
    g.drawImage(rgb, 0, 0, null);
    g.dispose();
    return sub ? img.getSubimage(7, 3, w, h) : img;
  }

  private static int type(String name) {
    switch (name) {
      case "INT_RGB":
        return BufferedImage.TYPE_INT_RGB;
      case "INT_ARGB":
        return BufferedImage.TYPE_INT_ARGB;
      case "INT_BGR":
        return BufferedImage.TYPE_INT_BGR;
      case "3BYTE_BGR":
        return BufferedImage.TYPE_3BYTE_BGR;
      case "4BYTE_ABGR":
        return BufferedImage.TYPE_4BYTE_ABGR;
      case "BYTE_GRAY":
        return BufferedImage.TYPE_BYTE_GRAY;
      case "USHORT_GRAY":
        return BufferedImage.TYPE_USHORT_GRAY;
      case "BYTE_INDEXED":
        return BufferedImage.TYPE_BYTE_INDEXED;
      default:
        throw new IllegalArgumentException(name);
    }
  }

  private static BufferedImage content(String kind, int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    SplittableRandom rnd = new SplittableRandom(w * 31L + h);
    int[] px = new int[w * h];
    if (kind.equals("noise")) {
      for (int i = 0; i < px.length; i++) {
        px[i] = 0xff000000 | rnd.nextInt(1 << 24);
      }
      img.setRGB(0, 0, w, h, px, 0, w);
      return img;
    }
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, new Color(70, 120, 190), 0, h, new Color(230, 200, 160)));
    g.fillRect(0, 0, w, h);
    if (kind.equals("photo")) {
      for (int i = 0; i < 40; i++) {
        int x = rnd.nextInt(w);
        int y = rnd.nextInt(h);
        int r = 5 + rnd.nextInt(Math.max(6, w / 6));
        Color a = new Color(rnd.nextInt(256), rnd.nextInt(256), rnd.nextInt(256));
        g.setPaint(new GradientPaint(x - r, y - r, a, x + r, y + r, a.darker().darker()));
        if (i % 3 == 0) {
          g.fillOval(x - r, y - r, 2 * r, r + rnd.nextInt(r));
        } else if (i % 3 == 1) {
          g.fillRoundRect(x - r, y - r / 2, 2 * r, r, r / 3, r / 3);
        } else {
          g.setStroke(new BasicStroke(1 + rnd.nextInt(6)));
          g.drawLine(x, y, x + rnd.nextInt(2 * r) - r, y + rnd.nextInt(2 * r) - r);
        }
      }
    }
    g.dispose();
    img.getRGB(0, 0, w, h, px, 0, w);
    int grain = kind.equals("photo") ? 4 : 0;
    for (int i = 0; i < px.length; i++) {
      int d = (int) Math.round(grain * rnd.nextGaussian());
      int p = px[i];
      px[i] =
          0xff000000
              | (clamp(((p >> 16) & 0xff) + d) << 16)
              | (clamp(((p >> 8) & 0xff) + d) << 8)
              | clamp((p & 0xff) + d);
    }
    img.setRGB(0, 0, w, h, px, 0, w);
    return img;
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }

  /** SHA-256 of the type, size and every sample of every band, row-major. */
  static String digest(BufferedImage img) {
    int[] s = img.getRaster().getPixels(0, 0, img.getWidth(), img.getHeight(), (int[]) null);
    ByteBuffer b = ByteBuffer.allocate(4 * (s.length + 3));
    b.putInt(img.getType()).putInt(img.getWidth()).putInt(img.getHeight());
    for (int v : s) {
      b.putInt(v);
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.array()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
