package dev.candor.image.internal;

import dev.candor.core.ProvenanceException;
import dev.candor.core.asset.AssetSource;
import java.io.IOException;

/**
 * The WebP extended-format header chunk (RFC 9649 §2.7): {@code "VP8X" | 10 | flags u8 | 3 reserved
 * | canvas width - 1 u24 LE | canvas height - 1 u24 LE}. Flag bits: ICC 0x20, alpha 0x10, EXIF
 * 0x08, XMP 0x04, animation 0x02.
 */
public final class Vp8xHeader {
  /** The XMP flag. */
  public static final int XMP = 0x04;

  /** The alpha flag. */
  public static final int ALPHA = 0x10;

  private Vp8xHeader() {}

  /** A whole VP8X chunk, 18 bytes. */
  public static byte[] chunk(int flags, int width, int height) {
    byte[] c = new byte[18];
    c[0] = 'V';
    c[1] = 'P';
    c[2] = '8';
    c[3] = 'X';
    WireInts.putU32le(c, 4, 10);
    c[8] = (byte) flags;
    WireInts.putU24le(c, 12, width - 1);
    WireInts.putU24le(c, 15, height - 1);
    return c;
  }

  /** An existing VP8X chunk with {@code extraFlags} set. */
  public static byte[] withFlags(AssetSource source, RiffChunk vp8x, int extraFlags)
      throws ProvenanceException, IOException {
    if (vp8x.dataLength() < 10) {
      throw new ProvenanceException(
          "WebP: VP8X chunk at offset " + vp8x.offset() + " is too short");
    }
    byte[] c = source.read(vp8x.offset(), (int) vp8x.length());
    c[8] |= (byte) extraFlags;
    return c;
  }

  /**
   * A VP8X chunk for a simple-format file, canvas taken from its VP8 or VP8L bitstream header, the
   * alpha flag from VP8L's alpha_is_used bit.
   */
  public static byte[] forSimple(AssetSource source, RiffChunk image, int extraFlags)
      throws ProvenanceException, IOException {
    if (image.fourcc().equals("VP8L")) {
      // RFC 9649 §3.2: signature 0x2F, then 14 bits width-1, 14 bits height-1, 1 bit alpha, 3
      // version
      if (image.dataLength() < 5) {
        throw new ProvenanceException("WebP: VP8L chunk is too short for its header");
      }
      byte[] h = source.read(image.dataOffset(), 5);
      if ((h[0] & 0xff) != 0x2F) {
        throw new ProvenanceException("WebP: VP8L bitstream lacks its 0x2F signature");
      }
      long bits = WireInts.u32le(h, 1);
      int width = (int) (bits & 0x3FFF) + 1;
      int height = (int) ((bits >>> 14) & 0x3FFF) + 1;
      boolean alpha = ((bits >>> 28) & 1) == 1;
      return chunk(extraFlags | (alpha ? ALPHA : 0), width, height);
    }
    // VP8 key frame (RFC 6386 §9.1): 3-byte frame tag, start code 9D 01 2A, u16 width, u16 height
    if (image.dataLength() < 10) {
      throw new ProvenanceException("WebP: VP8 chunk is too short for its frame header");
    }
    byte[] h = source.read(image.dataOffset(), 10);
    if ((h[3] & 0xff) != 0x9D || (h[4] & 0xff) != 0x01 || (h[5] & 0xff) != 0x2A) {
      throw new ProvenanceException("WebP: VP8 bitstream lacks its key-frame start code");
    }
    int width = WireInts.u16le(h, 6) & 0x3FFF;
    int height = WireInts.u16le(h, 8) & 0x3FFF;
    return chunk(extraFlags, width, height);
  }
}
