package dev.candor.image.internal;

import dev.candor.core.ProvenanceException;
import dev.candor.core.asset.AssetSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The chunks of a WebP file (RFC 9649 §2): {@code "RIFF" | size u32 LE | "WEBP" | chunks}, where
 * size counts everything after itself and must equal the file length minus 8.
 *
 * @param chunks the top-level chunks in file order; the first is VP8, VP8L or VP8X
 */
public record WebpLayout(List<RiffChunk> chunks) {
  /** Copies the list. */
  public WebpLayout {
    chunks = List.copyOf(chunks);
  }

  /** The first chunk with {@code fourcc}, if any. */
  public Optional<RiffChunk> first(String fourcc) {
    return chunks.stream().filter(c -> c.fourcc().equals(fourcc)).findFirst();
  }

  /**
   * Walks the chunks, checking the RIFF size and every chunk size.
   *
   * @throws ProvenanceException when the header is not RIFF/WEBP, the RIFF size disagrees with the
   *     file length, a chunk runs past the end, or the first chunk is not an image header
   */
  public static WebpLayout read(AssetSource source) throws ProvenanceException, IOException {
    long size = source.size();
    if (size < 20) {
      throw new ProvenanceException("WebP: file of " + size + " bytes is too short to be a WebP");
    }
    byte[] head = source.read(0, 12);
    if (!WireInts.matches(head, 0, "RIFF") || !WireInts.matches(head, 8, "WEBP")) {
      throw new ProvenanceException("WebP: missing the RIFF....WEBP header");
    }
    long riffSize = WireInts.u32le(head, 4);
    if (riffSize + 8 != size) {
      throw new ProvenanceException(
          "WebP: RIFF size field says "
              + riffSize
              + " bytes follow it, but the file has "
              + (size - 8));
    }
    List<RiffChunk> chunks = new ArrayList<>();
    long pos = 12;
    byte[] ch = new byte[8];
    while (pos < size) {
      if (pos + 8 > size) {
        throw new ProvenanceException("WebP: truncated chunk header at offset " + pos);
      }
      source.readFully(pos, ch, 0, 8);
      String fourcc = new String(ch, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
      long len = WireInts.u32le(ch, 4);
      if (len > Integer.MAX_VALUE - 8) {
        throw new ProvenanceException(
            "WebP: chunk '"
                + fourcc
                + "' at offset "
                + pos
                + " declares "
                + len
                + " bytes, over 2 GiB");
      }
      if (pos + 8 + len > size) {
        throw new ProvenanceException(
            "WebP: chunk '"
                + fourcc
                + "' at offset "
                + pos
                + " declares "
                + len
                + " bytes, past the end of the file ("
                + size
                + " bytes)");
      }
      RiffChunk c = new RiffChunk(fourcc, pos, len);
      chunks.add(c);
      pos = Math.min(size, pos + c.length()); // a missing final pad byte is tolerated
    }
    if (chunks.isEmpty()) {
      throw new ProvenanceException("WebP: no chunks after the header");
    }
    String first = chunks.get(0).fourcc();
    if (!first.equals("VP8 ") && !first.equals("VP8L") && !first.equals("VP8X")) {
      throw new ProvenanceException(
          "WebP: first chunk is '" + first + "', expected 'VP8 ', 'VP8L' or 'VP8X'");
    }
    return new WebpLayout(chunks);
  }
}
