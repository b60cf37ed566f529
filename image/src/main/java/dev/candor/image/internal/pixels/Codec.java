package dev.candor.image.internal.pixels;

import dev.candor.core.ProvenanceException;
import dev.candor.core.asset.AssetSource;
import dev.candor.image.FileFormat;
import dev.candor.image.internal.JpegLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Decodes and re-encodes pixels when a visible label or watermark changes them (JDK ImageIO). */
public final class Codec {
  /** JPEG quality used when re-encoding a labelled JPEG. */
  public static final float JPEG_QUALITY = 0.92f;

  private Codec() {}

  /**
   * Decodes an image whose pixels will be written back: a JPEG must reach its end-of-image marker
   * ({@link JpegLayout#requireEnd}), since the JDK would decode a truncated one with its missing
   * rows grey, and the copy written from it would pass that damage on as the image.
   *
   * @throws ProvenanceException when the file is incomplete or cannot be decoded
   */
  public static BufferedImage decode(byte[] bytes) throws ProvenanceException {
    if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xD8) {
      try {
        JpegLayout.requireEnd(bytes, JpegLayout.read(AssetSource.of(bytes)).tailOffset());
      } catch (IOException e) {
        throw new ProvenanceException("JPEG: cannot be read: " + e.getMessage(), e);
      }
    }
    return decodeReadable(bytes);
  }

  /**
   * Decodes what can be decoded, for reading a mark: a truncated JPEG comes back with its missing
   * rows filled (the JDK's behaviour).
   *
   * @throws ProvenanceException when there is no decoder or the data cannot be decoded at all
   */
  public static BufferedImage decodeReadable(byte[] bytes) throws ProvenanceException {
    try {
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
      if (img == null) {
        throw new ProvenanceException("no decoder for this image; pixels cannot be changed");
      }
      return img;
    } catch (IOException e) {
      throw new ProvenanceException("the image's pixels cannot be decoded: " + e.getMessage(), e);
    }
  }

  /** Encodes pixels in the given format (JPEG or PNG). */
  public static byte[] encode(BufferedImage img, FileFormat format) throws ProvenanceException {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (format == FileFormat.PNG) {
        ImageIO.write(img, "png", out);
        return out.toByteArray();
      }
      if (format != FileFormat.JPEG) {
        throw new ProvenanceException(
            "changing pixels of " + format + " images is not supported yet (JPEG and PNG are)");
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
      ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
      ImageWriteParam p = w.getDefaultWriteParam();
      p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      p.setCompressionQuality(JPEG_QUALITY);
      try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
        w.setOutput(ios);
        w.write(null, new IIOImage(rgb, null, null), p);
      } finally {
        w.dispose();
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new ProvenanceException("the image cannot be encoded: " + e.getMessage(), e);
    }
  }
}
