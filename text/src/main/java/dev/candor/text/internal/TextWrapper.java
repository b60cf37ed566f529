package dev.candor.text.internal;

import java.nio.charset.StandardCharsets;

/**
 * The C2PA text manifest wrapper ({@code C2PATextManifestWrapper}, C2PA 2.3 Appendix A.8; {@code
 * c2pa-digest.md} §6): appended at the end of the visible text, invisible to readers.
 *
 * <pre>
 * U+FEFF (ZWNBSP, UTF-8 EF BB BF)
 * then one variation selector per byte of the frame:
 *   magic          8 bytes  "C2PATXT\0" (43 32 50 41 54 58 54 00)
 *   version        1 byte   1
 *   manifestLength 4 bytes  u32 big-endian, length of the store
 *   store          manifestLength bytes, the JUMBF manifest store
 *   padding        0..n bytes, ignored by readers
 * </pre>
 *
 * <p>Candor always writes the padded form, whose UTF-8 length depends on the store length only:
 * {@code 3 + (13 + M) * 4 + 6} bytes for an M-byte store. The gap to that target is filled with
 * {@code (g - 4 (g mod 3)) / 3} bytes 0x00 (3 UTF-8 bytes each), then {@code g mod 3} bytes 0x10 (4
 * each), as the published vector does.
 */
public final class TextWrapper {
  private TextWrapper() {}

  /** The zero-width no-break space that starts a wrapper. */
  public static final char MARKER = '\uFEFF';

  /** The UTF-8 length of {@link #MARKER}. */
  public static final int MARKER_UTF8_LENGTH = 3;

  /** The frame magic, {@code "C2PATXT\0"}. */
  static final byte[] MAGIC = "C2PATXT\0".getBytes(StandardCharsets.US_ASCII);

  /** The only frame version A.8 defines. */
  static final int VERSION = 1;

  /** Magic, version and length. */
  static final int HEADER_LENGTH = 13;

  /** The largest store the frame's u32 length and a Java string can carry. */
  public static final int MAX_STORE_LENGTH = (Integer.MAX_VALUE - 64) / 2 - HEADER_LENGTH - 8;

  /** The UTF-8 length of the padded wrapper for a store of {@code storeLength} bytes. */
  public static long paddedLength(int storeLength) {
    checkStoreLength(storeLength);
    return MARKER_UTF8_LENGTH + (HEADER_LENGTH + (long) storeLength) * 4 + 6;
  }

  /** The wrapper without padding, as a string (marker plus selectors). */
  public static String encode(byte[] store) {
    checkStoreLength(store.length);
    char[] out = new char[1 + 2 * (HEADER_LENGTH + store.length)];
    return new String(out, 0, putFrame(store, out, 0));
  }

  /** The padded wrapper, whose UTF-8 length is exactly {@link #paddedLength}. */
  public static String encodePadded(byte[] store) {
    return encodePadded("", store);
  }

  /**
   * {@code text} followed by the padded wrapper for {@code store}, built in one buffer: the same
   * string as {@code text + encodePadded(store)} without the intermediate copies.
   */
  public static String encodePadded(String text, byte[] store) {
    checkStoreLength(store.length);
    int t = text.length();
    // Room for the marker, two chars per frame byte and two per padding byte (put() asks that).
    // There are at most (basic + 6) / 3 + 2 padding bytes: less than the chars the basic selectors
    // leave free, plus 15.
    long room = t + 16 + 2L * (HEADER_LENGTH + store.length);
    if (room > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("text and wrapper exceed the longest Java string");
    }
    char[] out = buffer((int) room);
    text.getChars(0, t, out, 0);
    int n = putFrame(store, out, t);
    // Selectors written so far: one char each from the basic block (3 UTF-8 bytes), two from the
    // supplement (4), so the count of basic ones follows from the chars and the bytes.
    int bytes = HEADER_LENGTH + store.length;
    int basic = 2 * bytes - (n - t - 1);
    long unpadded = MARKER_UTF8_LENGTH + 4L * bytes - basic;
    n = VariationSelectors.put(padding((int) (paddedLength(store.length) - unpadded)), out, n);
    return new String(out, 0, n);
  }

  // The assembly buffer, kept per thread up to 32K chars (a 16 KB store beside its text): the result
  // is copied out of it into the string, so a label allocates the string and nothing this size else.
  private static final int KEPT_BUFFER_CHARS = 1 << 15;
  private static final ThreadLocal<char[]> BUFFER =
      ThreadLocal.withInitial(() -> new char[KEPT_BUFFER_CHARS]);

  private static char[] buffer(int chars) {
    return chars <= KEPT_BUFFER_CHARS ? BUFFER.get() : new char[chars];
  }

  /** Writes the marker and the unpadded frame from {@code at}; returns the index after it. */
  private static int putFrame(byte[] store, char[] out, int at) {
    out[at] = MARKER;
    int n = VariationSelectors.put(header(store.length), out, at + 1);
    return VariationSelectors.put(store, out, n);
  }

  /**
   * The padding bytes whose selectors take exactly {@code gap} UTF-8 bytes: (g − 4(g mod 3))/3 zero
   * bytes, then (g mod 3) bytes 0x10.
   */
  static byte[] padding(int gap) {
    int fours = gap % 3;
    if (gap < 4 * fours) {
      throw new IllegalArgumentException(
          "gap " + gap + " cannot be filled with 3- and 4-byte selectors");
    }
    int threes = (gap - 4 * fours) / 3;
    byte[] pad = new byte[threes + fours];
    for (int i = threes; i < pad.length; i++) {
      pad[i] = 0x10;
    }
    return pad;
  }

  private static byte[] header(int storeLength) {
    byte[] h = new byte[HEADER_LENGTH];
    System.arraycopy(MAGIC, 0, h, 0, MAGIC.length);
    h[8] = VERSION;
    h[9] = (byte) (storeLength >>> 24);
    h[10] = (byte) (storeLength >>> 16);
    h[11] = (byte) (storeLength >>> 8);
    h[12] = (byte) storeLength;
    return h;
  }

  private static void checkStoreLength(int storeLength) {
    if (storeLength < 0 || storeLength > MAX_STORE_LENGTH) {
      throw new IllegalArgumentException(
          "storeLength must be 0.." + MAX_STORE_LENGTH + ", was " + storeLength);
    }
  }
}
