package dev.candor.image.internal.pixels;

import java.util.Arrays;

/**
 * The WebP lossless colour-indexing transform (RFC 9649 §4.4) for images of at most 256 colours
 * (text, interfaces, graphics, alpha planes): a palette, subtraction-coded, and the image as
 * indices, two, four or eight of them bundled into one pixel's green when the palette has at most
 * 16, 4 or 2 colours.
 */
final class Vp8lPalette {
  static final int MAX_COLOURS = 256;

  /** The colours, ascending (neighbours differ little, which the subtraction coding favours). */
  final int[] colours;

  /** log2 of the indices per bundled pixel: 0–3. */
  final int widthBits;

  private Vp8lPalette(int[] colours) {
    this.colours = colours;
    int n = colours.length;
    this.widthBits = n <= 2 ? 3 : n <= 4 ? 2 : n <= 16 ? 1 : 0;
  }

  /** The palette of {@code argb}, or null when it has more than {@value #MAX_COLOURS} colours. */
  static Vp8lPalette of(int[] argb) {
    int[] seen = new int[MAX_COLOURS + 1];
    int n = 0;
    // Open addressing over a small table: most pixels repeat the colour just seen.
    int[] table = new int[1024];
    boolean[] used = new boolean[1024];
    int last = argb.length > 0 ? ~argb[0] : 0;
    for (int p : argb) {
      if (p == last) {
        continue;
      }
      last = p;
      int h = (p * 0x9E3779B1) >>> 22;
      while (used[h] && table[h] != p) {
        h = (h + 1) & 1023;
      }
      if (!used[h]) {
        if (n == MAX_COLOURS) {
          return null;
        }
        used[h] = true;
        table[h] = p;
        seen[n++] = p;
      }
    }
    int[] colours = Arrays.copyOf(seen, n);
    Arrays.sort(colours);
    return new Vp8lPalette(colours);
  }

  /** The palette as the transform stores it: each entry minus the one before, per channel. */
  int[] subtractionCoded() {
    int[] out = colours.clone();
    for (int i = out.length - 1; i > 0; i--) {
      out[i] = Vp8lPredictor.sub(colours[i], colours[i - 1]);
    }
    return out;
  }

  /** The width of the bundled image. */
  int bundledWidth(int w) {
    return (w + (1 << widthBits) - 1) >> widthBits;
  }

  /** The w×h image as bundled indices (opaque pixels whose green holds them). */
  int[] bundle(int[] argb, int w, int h) {
    int bw = bundledWidth(w);
    int bits = 8 >> widthBits;
    int per = 1 << widthBits;
    int[] out = new int[bw * h];
    int lastColour = colours[0];
    int lastIndex = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int p = argb[y * w + x];
        int index = p == lastColour ? lastIndex : Arrays.binarySearch(colours, p);
        lastColour = p;
        lastIndex = index;
        out[y * bw + (x >> widthBits)] |= index << (8 + (x & (per - 1)) * bits);
      }
    }
    for (int i = 0; i < out.length; i++) {
      out[i] |= 0xff000000;
    }
    return out;
  }
}
