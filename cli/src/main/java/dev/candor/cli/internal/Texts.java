package dev.candor.cli.internal;

import dev.candor.core.ProvenanceException;
import dev.candor.core.asset.AssetSource;
import dev.candor.core.asset.ByteRange;
import dev.candor.core.asset.EmbeddedStore;
import dev.candor.text.TextFormat;
import dev.candor.text.TextManifestScan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Text files as the command line reads them: strict UTF-8, with C2PA text wrappers found or
 * removed.
 */
public final class Texts {
  private Texts() {}

  /**
   * Decodes strict UTF-8 (a leading byte-order mark is kept as content).
   *
   * @throws ProvenanceException when the bytes are not well-formed UTF-8
   */
  public static String decode(byte[] utf8) throws ProvenanceException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(utf8))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ProvenanceException("not well-formed UTF-8 text");
    }
  }

  /** The stores of the valid C2PA text wrappers in {@code utf8}. */
  public static List<EmbeddedStore> stores(byte[] utf8) throws ProvenanceException, IOException {
    return new TextFormat().scan(AssetSource.of(utf8)).stores();
  }

  /**
   * {@code utf8} with every C2PA text wrapper (valid or corrupted) removed, so it can be labelled
   * afresh.
   */
  public static byte[] withoutWrappers(byte[] utf8) throws ProvenanceException, IOException {
    TextManifestScan scan = new TextFormat().scan(AssetSource.of(utf8));
    List<ByteRange> ranges = new ArrayList<>();
    scan.stores().forEach(s -> ranges.addAll(s.framing()));
    ranges.addAll(scan.corrupted());
    if (ranges.isEmpty()) {
      return utf8;
    }
    ranges.sort(Comparator.comparingLong(ByteRange::start));
    ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length);
    int from = 0;
    for (ByteRange r : ranges) {
      if (r.start() >= from) {
        out.write(utf8, from, (int) r.start() - from);
        from = (int) r.end();
      }
    }
    out.write(utf8, from, utf8.length - from);
    return out.toByteArray();
  }
}
