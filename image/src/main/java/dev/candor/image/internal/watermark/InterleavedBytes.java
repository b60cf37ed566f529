package dev.candor.image.internal.watermark;

import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;

/**
 * Direct access to an 8-bit pixel-interleaved raster's bytes (the layout JPEG and PNG decoders
 * produce for RGB, e.g. {@code TYPE_3BYTE_BGR}), so luminance is read and the mark written without
 * the raster's per-sample calls. The same arithmetic as {@link LumaPlane}'s generic paths.
 */
final class InterleavedBytes {
  private final byte[] data;
  private final int scanline;
  private final int stride;
  private final int red;
  private final int green;
  private final int blue;

  private InterleavedBytes(byte[] data, int scanline, int stride, int[] offsets) {
    this.data = data;
    this.scanline = scanline;
    this.stride = stride;
    this.red = offsets[0];
    this.green = offsets[1];
    this.blue = offsets[2];
  }

  /**
   * The bytes of {@code raster} when it is one bank of interleaved bytes with at least three
   * bands, starting at its origin (not a child raster), else null.
   */
  static InterleavedBytes of(Raster raster) {
    if (!(raster.getSampleModel() instanceof PixelInterleavedSampleModel sm)
        || !(raster.getDataBuffer() instanceof DataBufferByte buffer)
        || buffer.getNumBanks() != 1
        || buffer.getOffset() != 0
        || raster.getSampleModelTranslateX() != 0
        || raster.getSampleModelTranslateY() != 0
        || raster.getMinX() != 0
        || raster.getMinY() != 0
        || sm.getNumBands() < 3) {
      return null;
    }
    return new InterleavedBytes(
        buffer.getData(), sm.getScanlineStride(), sm.getPixelStride(), sm.getBandOffsets());
  }

  /**
   * Copies these bytes into {@code target} when both are the same packed layout (no padding
   * between rows, the same pixel stride and band offsets) over a w×h image; false, copying nothing,
   * otherwise.
   */
  boolean copyTo(InterleavedBytes target, int w, int h) {
    int length = scanline * h;
    if (target == null
        || scanline != w * stride
        || target.scanline != scanline
        || target.stride != stride
        || target.red != red
        || target.green != green
        || target.blue != blue
        || data.length < length
        || target.data.length < length) {
      return false;
    }
    System.arraycopy(data, 0, target.data, 0, length);
    return true;
  }

  /** BT.601 luminance of the w×h region at (x0, y0) into {@code y}, row-major. */
  void luma(int x0, int y0, int w, int h, float[] y) {
    for (int r = 0; r < h; r++) {
      int p = (y0 + r) * scanline + x0 * stride;
      int i = r * w;
      for (int x = 0; x < w; x++, p += stride) {
        y[i + x] =
            LumaPlane.RED[data[p + red] & 0xff]
                + LumaPlane.GREEN[data[p + green] & 0xff]
                + LumaPlane.BLUE[data[p + blue] & 0xff];
      }
    }
  }

  /** Adds {@code round(delta)} to R, G and B of every pixel of the w×h image, clamped to 0..255. */
  void addToRgb(int w, int h, LumaPlane.RowDelta delta) {
    float[] d = new float[w];
    for (int r = 0; r < h; r++) {
      delta.row(r, d);
      int p = r * scanline;
      for (int x = 0; x < w; x++, p += stride) {
        // Adding 0 rewrites the same bytes: cheaper than a branch that goes either way.
        int v = LumaPlane.round(d[x]);
        add(p + red, v);
        add(p + green, v);
        add(p + blue, v);
      }
    }
  }

  private void add(int at, int d) {
    int v = (data[at] & 0xff) + d;
    data[at] = (byte) (v < 0 ? 0 : (v > 255 ? 255 : v));
  }
}
