package dev.candor.image.internal.label;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;

/** Measures the pixels a label will cover, to pick the contrasting {@link BadgeVariant}. */
public final class BackgroundProbe {

  /** At most this many samples per axis; large labels are sampled on a grid. */
  private static final int MAX_SAMPLES_PER_AXIS = 64;

  private BackgroundProbe() {}

  /**
   * Mean sRGB luma (Rec. 601 weights, 0-255) of {@code image} inside {@code area} (clipped to the
   * image). Transparent pixels count as white, the usual page behind an image.
   */
  public static double meanLuma(BufferedImage image, Rectangle area) {
    Rectangle r = area.intersection(new Rectangle(0, 0, image.getWidth(), image.getHeight()));
    if (r.isEmpty()) {
      return 255;
    }
    int stepX = Math.max(1, r.width / MAX_SAMPLES_PER_AXIS);
    int stepY = Math.max(1, r.height / MAX_SAMPLES_PER_AXIS);
    double sum = 0;
    long count = 0;
    for (int y = r.y; y < r.y + r.height; y += stepY) {
      for (int x = r.x; x < r.x + r.width; x += stepX) {
        sum += luma(image.getRGB(x, y));
        count++;
      }
    }
    return sum / count;
  }

  /** Rec. 601 luma of an ARGB pixel composited over white. */
  static double luma(int argb) {
    double alpha = ((argb >>> 24) & 0xFF) / 255.0;
    int r = (argb >> 16) & 0xFF;
    int g = (argb >> 8) & 0xFF;
    int b = argb & 0xFF;
    double y = 0.299 * r + 0.587 * g + 0.114 * b;
    return alpha * y + (1 - alpha) * 255;
  }
}
