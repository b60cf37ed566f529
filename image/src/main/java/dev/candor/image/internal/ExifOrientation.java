package dev.candor.image.internal;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.WritableRaster;

/**
 * The Exif orientation (TIFF tag 0x0112) of an image, and what to do when pixels are rewritten:
 * turn them upright and record orientation 1, so that the copy displays as the original did and a
 * badge drawn at a corner lands at the corner the viewer sees. Reads the TIFF structure of an
 * Exif block (JPEG APP1 after {@code Exif\0\0}, or a PNG {@code eXIf} chunk), checking every
 * offset against its length.
 */
public final class ExifOrientation {
  private static final int TAG = 0x0112;
  private static final int SHORT = 3;

  private ExifOrientation() {}

  /** The orientation 1..8 recorded in {@code tiff}; 1 when absent, out of range or unreadable. */
  public static int read(byte[] tiff) {
    int at = entry(tiff);
    if (at < 0) {
      return 1;
    }
    int v = u16(tiff, at + 8, bigEndian(tiff));
    return v >= 1 && v <= 8 ? v : 1;
  }

  /**
   * A copy of {@code tiff} for pixels turned upright: orientation 1 (when the tag is there), and
   * no link from the first directory to the second, which holds the thumbnail (a picture of the
   * old pixels). Null when the structure cannot be read, so the caller drops the block rather than
   * copy an orientation it could not check.
   */
  public static byte[] upright(byte[] tiff) {
    int ifd = firstDirectory(tiff);
    if (ifd < 0) {
      return null;
    }
    boolean be = bigEndian(tiff);
    byte[] out = tiff.clone();
    int n = u16(tiff, ifd, be);
    int at = entry(tiff);
    if (at >= 0) {
      put16(out, at + 8, 1, be);
    }
    int next = ifd + 2 + 12 * n;
    out[next] = out[next + 1] = out[next + 2] = out[next + 3] = 0;
    return out;
  }

  /**
   * {@code img} as it displays under {@code orientation} (the image itself for 1), in the same
   * colour model; exact, pixel for pixel.
   */
  public static BufferedImage apply(BufferedImage img, int orientation) {
    if (orientation < 2 || orientation > 8) {
      return img;
    }
    int w = img.getWidth();
    int h = img.getHeight();
    boolean swaps = orientation >= 5;
    int ow = swaps ? h : w;
    int oh = swaps ? w : h;
    ColorModel cm = img.getColorModel();
    BufferedImage out =
        img.getType() != BufferedImage.TYPE_CUSTOM
            ? new BufferedImage(ow, oh, img.getType())
            : new BufferedImage(
                cm, cm.createCompatibleWritableRaster(ow, oh), cm.isAlphaPremultiplied(), null);
    // Samples copied as they are (no colour model in between, so no premultiplication rounding).
    WritableRaster in = img.getRaster();
    WritableRaster to = out.getRaster();
    int nb = in.getNumBands();
    if (!swaps) {
      boolean mirror = orientation != 4;
      boolean flip = orientation != 2;
      int[] row = null;
      for (int y = 0; y < h; y++) {
        row = in.getPixels(0, y, w, 1, row);
        if (mirror) {
          reverse(row, w, nb);
        }
        to.setPixels(0, flip ? h - 1 - y : y, w, 1, row);
      }
      return out;
    }
    // A stored column becomes a displayed row: read the columns a block at a time, so each read
    // walks whole stored rows instead of one pixel of each.
    boolean reversed = orientation == 6 || orientation == 7;
    boolean fromRight = orientation == 7 || orientation == 8;
    int[] block = null;
    int[] row = new int[h * nb];
    for (int x0 = 0; x0 < w; x0 += COLUMNS) {
      int bw = Math.min(COLUMNS, w - x0);
      block = in.getPixels(x0, 0, bw, h, block);
      for (int c = 0; c < bw; c++) {
        for (int y = 0; y < h; y++) {
          System.arraycopy(block, (y * bw + c) * nb, row, y * nb, nb);
        }
        if (reversed) {
          reverse(row, h, nb);
        }
        int x = x0 + c;
        to.setPixels(0, fromRight ? w - 1 - x : x, h, 1, row);
      }
    }
    return out;
  }

  /** Stored columns read at once when turning by a quarter. */
  private static final int COLUMNS = 64;

  /** Reverses the order of the first n pixels of nb samples each in {@code a}. */
  private static void reverse(int[] a, int n, int nb) {
    for (int i = 0, j = n - 1; i < j; i++, j--) {
      for (int k = 0; k < nb; k++) {
        int t = a[i * nb + k];
        a[i * nb + k] = a[j * nb + k];
        a[j * nb + k] = t;
      }
    }
  }

  /** Offset of the orientation entry in the first directory, or −1. */
  private static int entry(byte[] tiff) {
    int ifd = firstDirectory(tiff);
    if (ifd < 0) {
      return -1;
    }
    boolean be = bigEndian(tiff);
    int n = u16(tiff, ifd, be);
    for (int i = 0; i < n; i++) {
      int at = ifd + 2 + 12 * i;
      if (u16(tiff, at, be) == TAG) {
        boolean one = u16(tiff, at + 2, be) == SHORT && u32(tiff, at + 4, be) == 1;
        return one ? at : -1;
      }
    }
    return -1;
  }

  /** Offset of the first directory when its entries and next-link fit in {@code tiff}, or −1. */
  private static int firstDirectory(byte[] tiff) {
    if (tiff.length < 8) {
      return -1;
    }
    boolean ii = tiff[0] == 'I' && tiff[1] == 'I';
    boolean mm = tiff[0] == 'M' && tiff[1] == 'M';
    if (!(ii || mm) || u16(tiff, 2, mm) != 42) {
      return -1;
    }
    long ifd = u32(tiff, 4, mm);
    if (ifd < 8 || ifd + 2 > tiff.length) {
      return -1;
    }
    int n = u16(tiff, (int) ifd, mm);
    return ifd + 2 + 12L * n + 4 <= tiff.length ? (int) ifd : -1;
  }

  private static boolean bigEndian(byte[] tiff) {
    return tiff[0] == 'M';
  }

  private static int u16(byte[] b, int at, boolean be) {
    return be ? WireInts.u16be(b, at) : WireInts.u16le(b, at);
  }

  private static long u32(byte[] b, int at, boolean be) {
    return be ? WireInts.u32be(b, at) : WireInts.u32le(b, at);
  }

  private static void put16(byte[] b, int at, int v, boolean be) {
    b[at + (be ? 0 : 1)] = (byte) (v >>> 8);
    b[at + (be ? 1 : 0)] = (byte) v;
  }
}
