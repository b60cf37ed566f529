package dev.candor.core.internal.jumbf;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One ISO BMFF / JUMBF box as stored: its type, where it lies in the buffer it was parsed from, and,
 * for a {@code jumb} superbox, its description and children. Payload bytes are never copied or
 * re-encoded, so hashes are computed over exactly what was stored.
 */
public final class Box {
  /** {@code jumb}: a JUMBF superbox (ISO 19566-5). */
  public static final int JUMB = 0x6A756D62;
  /** {@code jumd}: the description box, first child of every superbox. */
  public static final int JUMD = 0x6A756D64;
  /** {@code cbor}: a CBOR content box. */
  public static final int CBOR = 0x63626F72;
  /** {@code json}: a JSON content box. */
  public static final int JSON = 0x6A736F6E;
  /** {@code bfdb}: embedded-file description box. */
  public static final int BFDB = 0x62666462;
  /** {@code bidb}: embedded-file binary data box. */
  public static final int BIDB = 0x62696462;
  /** {@code c2sh}: the salt box inside a description's private field (C2PA §8.4.2.3). */
  public static final int C2SH = 0x63327368;
  /** {@code uuid}: a UUID content box. */
  public static final int UUID = 0x75756964;
  /** {@code free}: padding. */
  public static final int FREE = 0x66726565;
  /** {@code brob}: Brotli-compressed content (compressed manifests). */
  public static final int BROB = 0x62726F62;

  private final int type;
  private final byte[] buffer;
  private final int start;
  private final int headerLength;
  private final int length;
  private final Description description;
  private final List<Box> children;

  Box(int type, byte[] buffer, int start, int headerLength, int length, Description description,
      List<Box> children) {
    this.type = type;
    this.buffer = buffer;
    this.start = start;
    this.headerLength = headerLength;
    this.length = length;
    this.description = description;
    this.children = children == null ? List.of() : List.copyOf(children);
  }

  /** The box type as a big-endian 4CC integer. */
  public int type() {
    return type;
  }

  /** The box type as text, e.g. {@code jumb}. */
  public String typeName() {
    return fourCc(type);
  }

  /** Whether this is a {@code jumb} superbox. */
  public boolean isSuperbox() {
    return type == JUMB;
  }

  /** The description of a superbox, or {@code null}. */
  public Description description() {
    return description;
  }

  /** The label of a superbox, or {@code null}. */
  public String label() {
    return description == null ? null : description.label();
  }

  /** The content boxes and child superboxes after the description. */
  public List<Box> children() {
    return children;
  }

  /** Offset of the box (its header) in the parsed buffer. */
  public int start() {
    return start;
  }

  /** Total stored length including the header. */
  public int length() {
    return length;
  }

  /** The stored bytes of the whole box, header included. */
  public byte[] bytes() {
    return java.util.Arrays.copyOfRange(buffer, start, start + length);
  }

  /** The payload: everything after the header (for a superbox: the jumd box and all children). */
  public byte[] payload() {
    return java.util.Arrays.copyOfRange(buffer, start + headerLength, start + length);
  }

  /** The first content box of a superbox with the given type, or {@code null}. */
  public Box child(int childType) {
    for (Box b : children) {
      if (b.type == childType) {
        return b;
      }
    }
    return null;
  }

  /** The first child superbox with the given label, or {@code null}. */
  public Box childLabelled(String childLabel) {
    for (Box b : children) {
      if (b.isSuperbox() && childLabel.equals(b.label())) {
        return b;
      }
    }
    return null;
  }

  /** Renders a 4CC. */
  public static String fourCc(int t) {
    byte[] b = {(byte) (t >>> 24), (byte) (t >>> 16), (byte) (t >>> 8), (byte) t};
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  @Override
  public String toString() {
    return typeName() + (label() == null ? "" : "[" + label() + "]") + "@" + start + "+" + length;
  }
}
