package dev.candor.image.internal.label;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.util.Hashtable;

/** Copies of caller images that labels can be drawn on without touching the original. */
public final class ImageCopies {

  private ImageCopies() {}

  /**
   * A deep copy of {@code source} with the same type, colour model and pixels; palette and 1-bit
   * images, which cannot hold antialiased edges, become {@code TYPE_INT_ARGB} (if they have
   * transparency) or {@code TYPE_INT_RGB}.
   */
  public static BufferedImage drawableCopy(BufferedImage source) {
    ColorModel cm = source.getColorModel();
    if (cm instanceof IndexColorModel || source.getType() == BufferedImage.TYPE_BYTE_BINARY) {
      int type = cm.hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
      BufferedImage copy = new BufferedImage(source.getWidth(), source.getHeight(), type);
      Graphics2D g = copy.createGraphics();
      try {
        g.drawImage(source, 0, 0, null);
      } finally {
        g.dispose();
      }
      return copy;
    }
    WritableRaster raster = source.copyData(null);
    Hashtable<String, Object> properties = new Hashtable<>();
    String[] names = source.getPropertyNames();
    if (names != null) {
      for (String name : names) {
        properties.put(name, source.getProperty(name));
      }
    }
    return new BufferedImage(cm, raster, source.isAlphaPremultiplied(), properties);
  }
}
