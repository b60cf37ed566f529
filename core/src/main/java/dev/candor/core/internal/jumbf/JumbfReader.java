package dev.candor.core.internal.jumbf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses JUMBF boxes from a byte array, checking every declared length against the bytes really
 * there and capping nesting, so hostile input costs time and memory linear in its size.
 */
public final class JumbfReader {
  /** Maximum superbox nesting (c2pa-rs uses 32 as well). */
  public static final int MAX_DEPTH = 32;
  /** Maximum number of boxes in one store, to bound work on pathological inputs. */
  public static final int MAX_BOXES = 100_000;

  private final byte[] buf;
  private int boxes;

  private JumbfReader(byte[] buf) {
    this.buf = buf;
  }

  /**
   * Parses the single top-level box filling {@code bytes} (trailing bytes are an error).
   *
   * @throws JumbfException when the bytes are not a well-formed box tree
   */
  public static Box parse(byte[] bytes) throws JumbfException {
    JumbfReader r = new JumbfReader(bytes);
    if (bytes.length < 8) {
      throw new JumbfException("JUMBF data is " + bytes.length + " bytes, shorter than a box header");
    }
    Box root = r.box(0, bytes.length, 0);
    if (root.length() != bytes.length) {
      throw new JumbfException(
          "JUMBF store declares " + root.length() + " bytes but " + bytes.length + " are present");
    }
    return root;
  }

  private Box box(int at, int limit, int depth) throws JumbfException {
    if (++boxes > MAX_BOXES) {
      throw new JumbfException("more than " + MAX_BOXES + " boxes");
    }
    if (limit - at < 8) {
      throw new JumbfException("box header at " + at + " runs past its parent");
    }
    long lbox = u32(at);
    int type = (int) u32(at + 4);
    int header = 8;
    long length;
    if (lbox == 1) {
      if (limit - at < 16) {
        throw new JumbfException("extended box header at " + at + " runs past its parent");
      }
      length = (u32(at + 8) << 32) | u32(at + 12);
      header = 16;
    } else if (lbox == 0) {
      length = limit - at; // extends to the end of the parent
    } else {
      length = lbox;
    }
    if (length < header || length > limit - at) {
      throw new JumbfException(
          "box '" + Box.fourCc(type) + "' at " + at + " declares " + length + " bytes; only "
              + (limit - at) + " remain in its parent");
    }
    int end = at + (int) length;
    if (type != Box.JUMB) {
      return new Box(type, buf, at, header, (int) length, null, null);
    }
    if (depth >= MAX_DEPTH) {
      throw new JumbfException("JUMBF nesting deeper than " + MAX_DEPTH + " levels");
    }
    int p = at + header;
    if (end - p < 8 || u32(p + 4) != Box.JUMD) {
      throw new JumbfException("superbox at " + at + " does not start with a description box");
    }
    long dlen = u32(p);
    if (dlen < 8 + 17 || dlen > end - p) {
      throw new JumbfException("description box at " + p + " has an invalid length " + dlen);
    }
    Description d = description(p + 8, p + (int) dlen);
    p += (int) dlen;
    List<Box> kids = new ArrayList<>();
    while (p < end) {
      Box k = box(p, end, depth + 1);
      kids.add(k);
      p += k.length();
    }
    return new Box(type, buf, at, header, (int) length, d, kids);
  }

  private Description description(int p, int end) throws JumbfException {
    byte[] uuid = java.util.Arrays.copyOfRange(buf, p, p + 16);
    int toggles = buf[p + 16] & 0xFF;
    int q = p + 17;
    String label = null;
    if ((toggles & 0x02) != 0) {
      int z = q;
      while (z < end && buf[z] != 0) {
        z++;
      }
      if (z >= end) {
        throw new JumbfException("description label at " + q + " is not NUL-terminated");
      }
      label = new String(buf, q, z - q, StandardCharsets.UTF_8);
      q = z + 1;
    }
    if ((toggles & 0x04) != 0) {
      q += 4;
    }
    if ((toggles & 0x08) != 0) {
      q += 32;
    }
    if (q > end) {
      throw new JumbfException("description fields run past the description box");
    }
    byte[] salt = null;
    if ((toggles & 0x10) != 0) {
      if (end - q < 8) {
        throw new JumbfException("description's private box runs past the description box");
      }
      long plen = u32(q);
      if (plen < 8 || plen > end - q) {
        throw new JumbfException("description's private box has an invalid length " + plen);
      }
      if (u32(q + 4) == Box.C2SH) {
        salt = java.util.Arrays.copyOfRange(buf, q + 8, q + (int) plen);
      }
    }
    return new Description(uuid, toggles, label, salt);
  }

  private long u32(int p) {
    return ((buf[p] & 0xFFL) << 24) | ((buf[p + 1] & 0xFFL) << 16) | ((buf[p + 2] & 0xFFL) << 8)
        | (buf[p + 3] & 0xFFL);
  }
}
