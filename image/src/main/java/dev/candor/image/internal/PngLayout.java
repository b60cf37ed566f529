package dev.candor.image.internal;

import dev.candor.core.ProvenanceException;
import dev.candor.core.asset.AssetSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The chunks of a PNG file (ISO/IEC 15948 §5), from the 8-byte signature to IEND, with the CRC of
 * every chunk checked except those of compressed pixel data ({@code IDAT}, APNG {@code fdAT}):
 * checking those would read the whole image on every parse, and a labeller parses several times.
 * Their bytes are covered by the C2PA hard binding and checked by every decoder. Bytes after IEND
 * are the tail, kept as they are.
 *
 * @param chunks the chunks in file order; the first is IHDR, the last IEND
 */
public record PngLayout(List<PngChunk> chunks) {
  /** The PNG signature. */
  static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private static final long MAX_CHUNK = 0x7FFF_FFFFL; // PNG §5.3: length < 2^31

  /** Copies the list. */
  public PngLayout {
    chunks = List.copyOf(chunks);
  }

  /** The offset just past IEND. */
  public long end() {
    return chunks.get(chunks.size() - 1).end();
  }

  /**
   * Walks the chunks, checking lengths against the file size and the CRCs of all but pixel data.
   *
   * @throws ProvenanceException when the signature is missing, IHDR is not first, a length runs
   *     past the end, a CRC does not match, or IEND is missing
   */
  public static PngLayout read(AssetSource source) throws ProvenanceException, IOException {
    long size = source.size();
    if (size < 8 || !java.util.Arrays.equals(source.read(0, 8), SIGNATURE)) {
      throw new ProvenanceException("PNG: missing the 8-byte PNG signature");
    }
    List<PngChunk> chunks = new ArrayList<>();
    long pos = 8;
    byte[] head = new byte[8];
    while (true) {
      if (pos + 12 > size) {
        throw new ProvenanceException(
            "PNG: truncated at offset " + pos + " (" + size + " bytes), no IEND chunk");
      }
      source.readFully(pos, head, 0, 8);
      long len = WireInts.u32be(head, 0);
      String type = chunkType(head, pos);
      if (len > MAX_CHUNK || pos + 12 + len > size) {
        throw new ProvenanceException(
            "PNG: chunk "
                + type
                + " at offset "
                + pos
                + " declares "
                + len
                + " data bytes, past the end of the file ("
                + size
                + " bytes)");
      }
      PngChunk chunk = new PngChunk(type, pos, len);
      if (chunks.isEmpty() && (!type.equals("IHDR") || len != 13)) {
        throw new ProvenanceException("PNG: first chunk is " + type + ", expected a 13-byte IHDR");
      }
      if (!type.equals("IDAT") && !type.equals("fdAT")) {
        checkCrc(source, chunk);
      }
      chunks.add(chunk);
      pos = chunk.end();
      if (type.equals("IEND")) {
        return new PngLayout(chunks);
      }
    }
  }

  private static String chunkType(byte[] head, long pos) throws ProvenanceException {
    StringBuilder t = new StringBuilder(4);
    for (int i = 4; i < 8; i++) {
      char c = (char) (head[i] & 0xff);
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
        throw new ProvenanceException("PNG: invalid chunk type bytes at offset " + (pos + 4));
      }
      t.append(c);
    }
    return t.toString();
  }

  private static void checkCrc(AssetSource source, PngChunk chunk)
      throws ProvenanceException, IOException {
    CRC32 crc = new CRC32();
    byte[] buf = new byte[(int) Math.min(65_536, chunk.dataLength() + 4)];
    long pos = chunk.offset() + 4;
    long remaining = chunk.dataLength() + 4;
    while (remaining > 0) {
      int n = (int) Math.min(buf.length, remaining);
      source.readFully(pos, buf, 0, n);
      crc.update(buf, 0, n);
      pos += n;
      remaining -= n;
    }
    long stored = WireInts.u32be(source.read(chunk.end() - 4, 4), 0);
    if (stored != crc.getValue()) {
      throw new ProvenanceException(
          String.format(
              "PNG: CRC mismatch in chunk %s at offset %d (stored %08x, computed %08x)",
              chunk.type(), chunk.offset(), stored, crc.getValue()));
    }
  }
}
