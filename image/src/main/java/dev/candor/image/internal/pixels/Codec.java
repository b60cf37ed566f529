package dev.candor.image.internal.pixels;

import dev.candor.core.ProvenanceException;
import dev.candor.core.asset.AssetSource;
import dev.candor.image.FileFormat;
import dev.candor.image.internal.JpegLayout;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Decodes and re-encodes pixels when a visible label or watermark changes them: JPEG and PNG with
 * the JDK's ImageIO, WebP with Candor's own encoders ({@link WebpEncoding}).
 */
public final class Codec {
  /** JPEG quality used when re-encoding a labelled JPEG. */
  public static final float JPEG_QUALITY = 0.92f;

  private Codec() {}

  /**
   * Decodes an image whose pixels will be written back: a JPEG must reach its end-of-image marker
   * ({@link JpegLayout#requireEnd}), since the JDK would decode a truncated one with its missing
   * rows grey, and the copy written from it would pass that damage on as the image.
   *
   * <p>A CMYK JPEG is refused too: the pixels go back as RGB, and the JDK converts CMYK without a
   * colour profile (an astronaut's orange suit came back pale), so a print file would come back
   * both converted and discoloured.
   *
   * @throws ProvenanceException when the file is incomplete, CMYK or cannot be decoded
   */
  public static BufferedImage decode(byte[] bytes) throws ProvenanceException {
    if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xD8) {
      try {
        JpegLayout.requireEnd(bytes, JpegLayout.read(AssetSource.of(bytes)).tailOffset());
      } catch (IOException e) {
        throw new ProvenanceException("JPEG: cannot be read: " + e.getMessage(), e);
      }
    }
    BufferedImage img = decodeReadable(bytes);
    if (img.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_CMYK) {
      throw new ProvenanceException(
          "the image is CMYK: its pixels can be written back only as RGB, with other colours;"
              + " label it without a visible label or watermark, which keeps its pixels as they are");
    }
    return img;
  }

  /**
   * Decodes what can be decoded, for reading a mark: a truncated JPEG comes back with its missing
   * rows filled (the JDK's behaviour). Either way the declared size is checked first ({@link
   * #MAX_PIXELS}), so a small file that claims a huge image cannot make the decoder allocate it.
   *
   * @throws ProvenanceException when there is no decoder, the image is over the size limit, or the
   *     data cannot be decoded at all
   */
  public static BufferedImage decodeReadable(byte[] bytes) throws ProvenanceException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new ProvenanceException("no decoder for this image; pixels cannot be changed");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long w = reader.getWidth(0);
        long h = reader.getHeight(0);
        long max = maxPixels();
        if (w * h > max) {
          throw new ProvenanceException(String.format(Locale.ROOT,
              "the image declares %d × %d pixels (%.1f million), over the limit of %.1f million"
                  + " (a decompression bomb?); a larger limit is set with -D%s=N",
              w, h, w * h / 1e6, max / 1e6, MAX_PIXELS_PROPERTY));
        }
        return reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (RuntimeException e) {
      // A decoder meeting data it did not expect (an index past an array's end) has not read it.
      throw new ProvenanceException("the image's pixels cannot be decoded: " + e, e);
    } catch (IOException e) {
      String why = e.getMessage();
      if (e.getCause() != null && e.getCause() != e) {
        why = why + " (" + e.getCause() + ")";
      }
      throw new ProvenanceException("the image's pixels cannot be decoded: " + why, e);
    }
  }

  /** The system property that overrides {@link #MAX_PIXELS}. */
  public static final String MAX_PIXELS_PROPERTY = "candor.image.maxPixels";

  /**
   * Most pixels an image may declare for its pixels to be decoded, unless {@value
   * #MAX_PIXELS_PROPERTY} says otherwise: 2²⁸ (268 million), room for a 200-megapixel photograph.
   * Without a limit a 1 MB PNG declaring 20000 × 20000 pixels makes the decoder allocate 1.2 GB.
   */
  public static final long MAX_PIXELS = 1L << 28;

  private static long maxPixels() throws ProvenanceException {
    String v = System.getProperty(MAX_PIXELS_PROPERTY);
    if (v == null) {
      return MAX_PIXELS;
    }
    try {
      return Long.parseLong(v.trim());
    } catch (NumberFormatException e) {
      throw new ProvenanceException(
          MAX_PIXELS_PROPERTY + " must be a whole number of pixels, not \"" + v + "\"");
    }
  }

  /**
   * Encodes pixels as {@code original} (a file of that format, or null) was written: JPEG at
   * {@value #JPEG_QUALITY}, PNG, or WebP lossy at the original's quantiser or lossless ({@link
   * WebpEncoding}).
   *
   * @throws ProvenanceException when the format is not one of those, or the image exceeds it
   */
  public static byte[] encode(BufferedImage img, FileFormat format, byte[] original)
      throws ProvenanceException {
    return format == FileFormat.WEBP ? WebpEncoding.encode(img, original) : encode(img, format);
  }

  /**
   * Encodes pixels in the given format: JPEG at {@value #JPEG_QUALITY}, PNG, or lossless WebP.
   *
   * @throws ProvenanceException when the format is not one of those, or the image exceeds it
   */
  public static byte[] encode(BufferedImage img, FileFormat format) throws ProvenanceException {
    if (format == FileFormat.WEBP) {
      return WebpLossless.encode(img);
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (format == FileFormat.PNG) {
        ImageIO.write(img, "png", out);
        return out.toByteArray();
      }
      if (format != FileFormat.JPEG) {
        throw new ProvenanceException(
            "changing pixels of " + format + " images is not supported (JPEG, PNG and WebP are)");
      }
      BufferedImage rgb = img;
      if (img.getColorModel().hasAlpha() || img.getType() == BufferedImage.TYPE_CUSTOM) {
        rgb = new BufferedImage(img.getWidth(), img.getHeight(),
            img.getType() == BufferedImage.TYPE_BYTE_GRAY ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = rgb.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.drawImage(img, 0, 0, null);
        g.dispose();
      }
      return jpeg(rgb, JPEG_QUALITY);
    } catch (IOException e) {
      throw new ProvenanceException("the image cannot be encoded: " + e.getMessage(), e);
    }
  }

  /**
   * {@code img} (grey or RGB, without alpha) as a baseline JPEG at {@code quality} (0 to 1, the
   * IJG scale), by the JDK's encoder.
   */
  public static byte[] jpeg(BufferedImage img, float quality) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam p = w.getDefaultWriteParam();
    p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    p.setCompressionQuality(quality);
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      w.setOutput(ios);
      w.write(null, new IIOImage(img, null, null), p);
    } finally {
      w.dispose();
    }
    return out.toByteArray();
  }
}
