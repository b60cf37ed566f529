package dev.candor.image.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExifOrientationTest {

  /** A TIFF block: IFD0 with Make and Orientation, linked to an IFD1 (a thumbnail's directory). */
  static byte[] tiff(ByteOrder order, int orientation) {
    ByteBuffer b = ByteBuffer.allocate(64).order(order);
    b.put(order == ByteOrder.BIG_ENDIAN ? (byte) 'M' : (byte) 'I');
    b.put(order == ByteOrder.BIG_ENDIAN ? (byte) 'M' : (byte) 'I');
    b.putShort((short) 42).putInt(8);
    b.putShort((short) 2); // IFD0 at 8: two entries
    b.putShort((short) 0x010F).putShort((short) 2).putInt(4).put(new byte[] {'A', 'c', 'm', 0});
    b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation);
    b.putShort((short) 0);
    b.putInt(38); // next IFD
    b.putShort((short) 1); // IFD1 at 38: one entry
    b.putShort((short) 0x0103).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
    b.putInt(0);
    return java.util.Arrays.copyOf(b.array(), b.position());
  }

  @Test
  void read_bothByteOrders_andUpright_setsOneAndUnlinksTheThumbnail() {
    for (ByteOrder order : new ByteOrder[] {ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
      byte[] t = tiff(order, 6);
      assertEquals(6, ExifOrientation.read(t));
      byte[] up = ExifOrientation.upright(t);
      assertEquals(1, ExifOrientation.read(up));
      ByteBuffer b = ByteBuffer.wrap(up).order(order);
      assertEquals(0, b.getInt(8 + 2 + 2 * 12), "IFD0's link to IFD1 cleared");
      assertEquals('A', up[8 + 2 + 8], "Make kept");
      assertEquals(6, ExifOrientation.read(t), "the original is not changed");
    }
  }

  @Test
  void malformed_readsAsOneAndIsNotCarried() {
    byte[] t = tiff(ByteOrder.BIG_ENDIAN, 6);
    byte[] past = t.clone();
    past[7] = 60; // IFD0 offset near the end: its entries would run past it
    byte[] many = t.clone();
    many[9] = 40; // 40 entries declared
    byte[] notTiff = t.clone();
    notTiff[3] = 43;
    for (byte[] bad : new byte[][] {past, many, notTiff, new byte[5]}) {
      assertEquals(1, ExifOrientation.read(bad));
      assertNull(ExifOrientation.upright(bad));
    }
    byte[] nine = tiff(ByteOrder.BIG_ENDIAN, 9);
    assertEquals(1, ExifOrientation.read(nine), "out of range");
  }

  @Test
  void apply_everyOrientationAndImageType_movesEachPixelExactly() {
    int w = 7;
    int h = 4;
    int[] types = {
      BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_INT_ARGB,
      BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_USHORT_GRAY
    };
    Random r = new Random(3);
    for (int type : types) {
      BufferedImage src = new BufferedImage(w, h, type);
      int bands = src.getRaster().getNumBands();
      int max = type == BufferedImage.TYPE_USHORT_GRAY ? 65536 : 256;
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          int[] px = new int[bands];
          for (int k = 0; k < bands; k++) {
            px[k] = r.nextInt(max);
          }
          src.getRaster().setPixel(x, y, px);
        }
      }
      assertSame(src, ExifOrientation.apply(src, 1));
      for (int o = 2; o <= 8; o++) {
        BufferedImage out = ExifOrientation.apply(src, o);
        assertEquals(type, out.getType(), "type kept, orientation " + o);
        assertEquals(o >= 5 ? h : w, out.getWidth());
        for (int y = 0; y < h; y++) {
          for (int x = 0; x < w; x++) {
            int[] at = displayed(o, x, y, w, h);
            assertArrayEquals(
                src.getRaster().getPixel(x, y, (int[]) null),
                out.getRaster().getPixel(at[0], at[1], (int[]) null),
                "type " + type + " orientation " + o + " pixel " + x + "," + y);
          }
        }
      }
    }
  }

  /** Where stored pixel (x, y) of a w×h image shows under Exif orientation o (TIFF 6.0). */
  private static int[] displayed(int o, int x, int y, int w, int h) {
    return switch (o) {
      case 2 -> new int[] {w - 1 - x, y};
      case 3 -> new int[] {w - 1 - x, h - 1 - y};
      case 4 -> new int[] {x, h - 1 - y};
      case 5 -> new int[] {y, x};
      case 6 -> new int[] {h - 1 - y, x};
      case 7 -> new int[] {h - 1 - y, w - 1 - x};
      default -> new int[] {y, w - 1 - x};
    };
  }
}
