package dev.candor.image.internal.pixels;

import dev.candor.core.ProvenanceException;
import dev.candor.image.internal.RiffChunk;
import java.awt.image.BufferedImage;

/**
 * A WebP lossless (VP8L, RFC 9649 §3–5) encoder: the only way to write WebP pixels from Java,
 * whose image I/O has WebP decoders (TwelveMonkeys) but no encoder. Decoding the result gives back
 * exactly the ARGB pixels of the input, so a watermark or a badge goes into the file unchanged.
 *
 * <p>The bitstream: subtract-green, then the predictor transform (per 16×16 block, the mode with
 * the smallest residuals), then one group of five prefix codes over the residuals, with backward
 * references found through a hash chain ({@link Vp8lMatches}); images of at most 256 colours as
 * palette indices instead ({@link Vp8lPalette}). No colour cache or colour transform, so files
 * come out somewhat larger than libwebp's ({@code cwebp -lossless}), and much larger than a lossy
 * WebP of the same picture.
 */
public final class WebpLossless {
  /** The largest width or height VP8L can state (14 bits). */
  public static final int MAX_SIDE = 16384;

  private static final int BLOCK_BITS = 4;
  private static final int LENGTH_CODES = 24;
  private static final int DISTANCE_CODES = 40;

  private WebpLossless() {}

  /**
   * A complete WebP file ({@code RIFF/WEBP/VP8L}) holding {@code img}'s pixels; the alpha channel is
   * kept when the image has one and is not fully opaque.
   *
   * @throws ProvenanceException when a side exceeds {@value #MAX_SIDE} px
   */
  public static byte[] encode(BufferedImage img) throws ProvenanceException {
    int w = img.getWidth();
    int h = img.getHeight();
    if (w > MAX_SIDE || h > MAX_SIDE) {
      throw new ProvenanceException(
          "WebP holds at most " + MAX_SIDE + " px a side; the image is " + w + " × " + h);
    }
    int[] argb = pixels(img);
    boolean alpha = false;
    for (int p : argb) {
      if (p >>> 24 != 0xff) {
        alpha = true;
        break;
      }
    }
    LsbBitWriter out = new LsbBitWriter(Math.min(w * h, 1 << 24));
    out.bits(0x2f, 8);
    out.bits(w - 1, 14);
    out.bits(h - 1, 14);
    out.bits(alpha ? 1 : 0, 1);
    out.bits(0, 3);
    imageStream(out, argb, w, h);
    return RiffChunk.webpFile(RiffChunk.encode("VP8L", out.toByteArray()));
  }

  /**
   * The alpha plane of the w×h {@code argb} as an {@code ALPH} chunk's data (RFC 9649 §2.7.1.2):
   * the header byte (no pre-processing, no filtering, lossless compression) and a VP8L image
   * stream without its header, the alpha values in the green channel.
   */
  static byte[] alphaChunk(int[] argb, int w, int h) {
    int[] green = new int[argb.length];
    for (int i = 0; i < argb.length; i++) {
      green[i] = 0xff000000 | (argb[i] >>> 24) << 8;
    }
    LsbBitWriter out = new LsbBitWriter(Math.min(w * h / 4 + 64, 1 << 22));
    imageStream(out, green, w, h);
    byte[] stream = out.toByteArray();
    byte[] data = new byte[1 + stream.length];
    data[0] = 1; // compression: WebP lossless
    System.arraycopy(stream, 0, data, 1, stream.length);
    return data;
  }

  /**
   * The image stream after the header: transforms, then the entropy-coded residuals. An image of
   * at most 256 colours is written as palette indices ({@link Vp8lPalette}), others through
   * subtract-green and the predictor.
   */
  private static void imageStream(LsbBitWriter out, int[] argb, int w, int h) {
    Vp8lPalette palette = Vp8lPalette.of(argb);
    if (palette != null) {
      out.bits(1, 1);
      out.bits(3, 2); // COLOR_INDEXING_TRANSFORM
      out.bits(palette.colours.length - 1, 8);
      writeEntropyCoded(out, palette.subtractionCoded(), palette.colours.length, false);
      out.bits(0, 1); // no more transforms
      int bw = palette.bundledWidth(w);
      writeEntropyCoded(out, palette.bundle(argb, w, h), bw, true);
      return;
    }
    // Transforms in the order applied; the decoder undoes them in reverse.
    subtractGreen(argb);
    out.bits(1, 1);
    out.bits(2, 2); // SUBTRACT_GREEN_TRANSFORM
    int[] modes = Vp8lPredictor.chooseModes(argb, w, h, BLOCK_BITS);
    out.bits(1, 1);
    out.bits(0, 2); // PREDICTOR_TRANSFORM
    out.bits(BLOCK_BITS - 2, 3);
    int[] modeImage = new int[modes.length];
    for (int i = 0; i < modes.length; i++) {
      modeImage[i] = 0xff000000 | modes[i] << 8;
    }
    writeEntropyCoded(out, modeImage, Vp8lPredictor.blocks(w, BLOCK_BITS), false);
    int[] residuals = Vp8lPredictor.residuals(argb, w, h, BLOCK_BITS, modes);
    out.bits(0, 1); // no more transforms
    writeEntropyCoded(out, residuals, w, true);
  }

  /**
   * The ARGB pixels as stored: a grey image's samples as they are ({@code getRGB} would convert
   * them from the linear grey colour space Java gives TYPE_BYTE_GRAY, changing every value).
   */
  static int[] pixels(BufferedImage img) {
    int w = img.getWidth();
    int h = img.getHeight();
    if (img.getType() != BufferedImage.TYPE_BYTE_GRAY) {
      return img.getRGB(0, 0, w, h, null, 0, w);
    }
    int[] grey = img.getRaster().getSamples(0, 0, w, h, 0, (int[]) null);
    for (int i = 0; i < grey.length; i++) {
      grey[i] = 0xff000000 | grey[i] * 0x010101;
    }
    return grey;
  }

  private static void subtractGreen(int[] argb) {
    for (int i = 0; i < argb.length; i++) {
      int p = argb[i];
      int g = (p >>> 8) & 0xff;
      int r = (((p >>> 16) & 0xff) - g) & 0xff;
      int b = ((p & 0xff) - g) & 0xff;
      argb[i] = (p & 0xff00ff00) | r << 16 | b;
    }
  }

  /**
   * An entropy-coded image (RFC 9649 §5): no colour cache, for the main image a single prefix-code
   * group, then five codes and the pixels, with backward references where pixels repeat.
   */
  private static void writeEntropyCoded(LsbBitWriter out, int[] px, int w, boolean main) {
    out.bits(0, 1); // no colour cache
    if (main) {
      out.bits(0, 1); // no meta prefix codes: one group for the whole image
    }
    int n = px.length;
    // Per position: the copy length there (0 for a literal) and its distance code.
    int[] copy = new int[n];
    int[] code = new int[n];
    int[] green = new int[256 + LENGTH_CODES];
    int[] red = new int[256];
    int[] blue = new int[256];
    int[] alpha = new int[256];
    int[] dist = new int[DISTANCE_CODES];
    Vp8lMatches matches = new Vp8lMatches(px, w);
    for (int i = 0; i < n; ) {
      matches.find(i);
      if (matches.length > 0) {
        int len = matches.length;
        copy[i] = len;
        code[i] = matches.code;
        green[256 + prefix(len)]++;
        dist[prefix(code[i])]++;
        matches.insert(i, len);
        i += len;
      } else {
        int p = px[i];
        green[(p >>> 8) & 0xff]++;
        red[(p >>> 16) & 0xff]++;
        blue[p & 0xff]++;
        alpha[p >>> 24]++;
        matches.insert(i, 1);
        i++;
      }
    }
    PrefixCode g = PrefixCode.of(green);
    PrefixCode r = PrefixCode.of(red);
    PrefixCode b = PrefixCode.of(blue);
    PrefixCode a = PrefixCode.of(alpha);
    PrefixCode d = PrefixCode.of(dist);
    g.writeTo(out);
    r.writeTo(out);
    b.writeTo(out);
    a.writeTo(out);
    d.writeTo(out);
    for (int i = 0; i < n; ) {
      int len = copy[i];
      if (len > 0) {
        g.write(out, 256 + prefix(len));
        out.bits(extra(len), extraBits(len));
        d.write(out, prefix(code[i]));
        out.bits(extra(code[i]), extraBits(code[i]));
        i += len;
      } else {
        int p = px[i++];
        g.write(out, (p >>> 8) & 0xff);
        r.write(out, (p >>> 16) & 0xff);
        b.write(out, p & 0xff);
        a.write(out, p >>> 24);
      }
    }
  }

  /** RFC 9649 §5.2.2: the prefix symbol of a length or distance value v ≥ 1. */
  static int prefix(int v) {
    int d = v - 1;
    if (d < 4) {
      return d;
    }
    int high = 31 - Integer.numberOfLeadingZeros(d);
    return 2 * high + ((d >>> (high - 1)) & 1);
  }

  static int extraBits(int v) {
    int d = v - 1;
    return d < 4 ? 0 : 31 - Integer.numberOfLeadingZeros(d) - 1;
  }

  static int extra(int v) {
    int d = v - 1;
    return d < 4 ? 0 : d & ((1 << extraBits(v)) - 1);
  }
}
