package dev.candor.image.internal;

import dev.candor.core.ProvenanceException;
import dev.candor.core.asset.AssetSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * XMP in a PNG {@code iTXt} chunk (XMP Specification Part 3 §1.1.5): {@code keyword
 * "XML:com.adobe.xmp" | 0 | compression flag | compression method | language tag | 0 | translated
 * keyword | 0 | text}. Written uncompressed with empty language and translated keyword.
 */
public final class PngXmp {
  private static final String KEYWORD = "XML:com.adobe.xmp";
  private static final int MAX_INFLATED = 16 << 20;

  private PngXmp() {}

  /** Whether {@code chunk} is the XMP iTXt chunk. */
  public static boolean isXmp(AssetSource source, PngChunk chunk) throws IOException {
    if (!chunk.type().equals("iTXt") || chunk.dataLength() < KEYWORD.length() + 1) {
      return false;
    }
    byte[] head = source.read(chunk.dataOffset(), KEYWORD.length() + 1);
    return WireInts.matches(head, 0, KEYWORD) && head[KEYWORD.length()] == 0;
  }

  /** The packet of the first XMP iTXt chunk, if any. */
  public static Optional<byte[]> read(AssetSource source, PngLayout layout)
      throws ProvenanceException, IOException {
    for (PngChunk c : layout.chunks()) {
      if (isXmp(source, c)) {
        return Optional.of(text(source.read(c.dataOffset(), (int) c.dataLength()), c));
      }
    }
    return Optional.empty();
  }

  private static byte[] text(byte[] data, PngChunk c) throws ProvenanceException {
    int p = KEYWORD.length() + 1;
    if (p + 2 > data.length) {
      throw new ProvenanceException(
          "PNG: XMP iTXt chunk at offset " + c.offset() + " is cut short");
    }
    boolean compressed = data[p] == 1;
    p += 2;
    for (int zeros = 0; zeros < 2; zeros++) { // language tag, translated keyword
      while (p < data.length && data[p] != 0) {
        p++;
      }
      if (p >= data.length) {
        throw new ProvenanceException(
            "PNG: XMP iTXt chunk at offset " + c.offset() + " lacks its text separators");
      }
      p++;
    }
    if (!compressed) {
      return java.util.Arrays.copyOfRange(data, p, data.length);
    }
    Inflater inflater = new Inflater();
    inflater.setInput(data, p, data.length - p);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    try {
      while (!inflater.finished()) {
        int n = inflater.inflate(buf);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new ProvenanceException("PNG: compressed XMP iTXt text is cut short");
        }
        out.write(buf, 0, n);
        if (out.size() > MAX_INFLATED) {
          throw new ProvenanceException(
              "PNG: compressed XMP inflates past " + MAX_INFLATED + " bytes");
        }
      }
    } catch (DataFormatException e) {
      throw new ProvenanceException("PNG: compressed XMP iTXt text is not valid zlib data", e);
    } finally {
      inflater.end();
    }
    return out.toByteArray();
  }

  /** An uncompressed XMP iTXt chunk holding {@code packet}. */
  public static byte[] chunk(byte[] packet) {
    byte[] kw = KEYWORD.getBytes(StandardCharsets.US_ASCII);
    byte[] data = new byte[kw.length + 5 + packet.length];
    System.arraycopy(kw, 0, data, 0, kw.length);
    // NUL, flag 0, method 0, empty language + NUL, empty translated keyword + NUL: all zero
    System.arraycopy(packet, 0, data, kw.length + 5, packet.length);
    return PngChunks.chunk("iTXt", data);
  }
}
