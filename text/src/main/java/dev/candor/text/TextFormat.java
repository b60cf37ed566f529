package dev.candor.text;

import dev.candor.core.ProvenanceException;
import dev.candor.core.asset.AssetFormat;
import dev.candor.core.asset.AssetSource;
import dev.candor.core.asset.ByteRange;
import dev.candor.core.asset.EmbedPlan;
import dev.candor.core.asset.EmbeddedStore;
import dev.candor.text.internal.NfcStream;
import dev.candor.text.internal.TextHashing;
import dev.candor.text.internal.WrapperFinder;
import dev.candor.text.internal.WrapperFraming;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Plain UTF-8 text ({@code text/plain}) carrying a C2PA manifest store in an invisible text wrapper
 * at its end (C2PA 2.3 Appendix A.8): U+FEFF followed by one Unicode variation selector per byte.
 *
 * <p>The hard binding of text differs from other formats: a validator removes the excluded wrapper,
 * <em>NFC-normalizes</em> the rest and hashes its UTF-8. Use {@link #bindingDigest} for that, not a
 * raw byte hash; the two agree only when the stored text is NFC, which Candor's writer ensures.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextFormat implements AssetFormat {

  /** The media type written into claims. */
  public static final String MEDIA_TYPE = "text/plain";

  /** Largest text accepted, in UTF-8 bytes (it is read into memory to be normalized). */
  public static final int MAX_TEXT_BYTES = Integer.MAX_VALUE - 64;

  @Override
  public String mediaType() {
    return MEDIA_TYPE;
  }

  /**
   * Whether {@code head} looks like UTF-8 text: well-formed UTF-8 (a sequence cut off at the end is
   * allowed) without control characters other than tab, line feed, form feed and carriage return.
   * Plain text has no signature, so formats with magic numbers should be tried first.
   */
  @Override
  public boolean recognizes(byte[] head) {
    int n = head.length;
    for (int cut = 0; cut < 4 && cut <= n; cut++) {
      String s = TextHashing.decodeStrict(Arrays.copyOf(head, n - cut));
      if (s != null) {
        return s.chars()
            .noneMatch(
                c -> c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' || c == 0x7F);
      }
    }
    return false;
  }

  /**
   * The stores of every valid wrapper, in text order, each with the UTF-8 byte range of its wrapper
   * (U+FEFF through the last selector, padding included) as its framing. More than one is {@code
   * manifest.text.multipleWrappers}; {@link #scan} reports it.
   *
   * @throws CorruptedWrapperException when a wrapper has the C2PA magic but an invalid frame
   * @throws ProvenanceException when the text is too large to read
   * @throws IOException when the bytes cannot be read
   */
  @Override
  public List<EmbeddedStore> findStores(AssetSource source)
      throws ProvenanceException, IOException {
    TextManifestScan scan = scan(source);
    if (!scan.corrupted().isEmpty()) {
      throw new CorruptedWrapperException(scan.corrupted().get(0));
    }
    return scan.stores();
  }

  /**
   * Every wrapper-like run in the text, classified, in linear time. Never fails on content: hostile
   * length fields and endless selector runs are classified, not allocated.
   *
   * @throws ProvenanceException when the text is too large to read
   * @throws IOException when the bytes cannot be read
   */
  public TextManifestScan scan(AssetSource source) throws ProvenanceException, IOException {
    WrapperFinder.Result r = WrapperFinder.scan(readAll(source));
    List<EmbeddedStore> stores = new ArrayList<>();
    for (WrapperFinder.Found f : r.wrappers()) {
      stores.add(new EmbeddedStore(f.store(), List.of(f.range())));
    }
    return new TextManifestScan(stores, r.corrupted(), r.foreignRuns());
  }

  /**
   * Plans the labelled text: the input with every C2PA wrapper (valid or corrupted) removed,
   * NFC-normalized, as one inserted piece, then the slot for the padded wrapper. Variation-selector
   * runs that are not C2PA wrappers are content and stay.
   *
   * @throws ProvenanceException when the text is not well-formed UTF-8 or too large
   * @throws IOException when the bytes cannot be read
   */
  @Override
  public EmbedPlan planEmbedding(AssetSource source) throws ProvenanceException, IOException {
    byte[] utf8 = readAll(source);
    WrapperFinder.Result r = WrapperFinder.scan(utf8);
    List<ByteRange> remove = new ArrayList<>();
    r.wrappers().forEach(f -> remove.add(f.range()));
    remove.addAll(r.corrupted());
    remove.sort((a, b) -> Long.compare(a.start(), b.start()));
    String text = TextHashing.decodeStrict(without(utf8, remove));
    if (text == null) {
      throw new ProvenanceException("the text is not well-formed UTF-8; it cannot be labelled");
    }
    return EmbedPlan.builder(MEDIA_TYPE)
        .insert(NfcStream.normalize(text).getBytes(StandardCharsets.UTF_8))
        .slot(WrapperFraming.INSTANCE)
        .build();
  }

  /**
   * The hard-binding digest a C2PA validator computes for a text asset: the UTF-8 bytes minus the
   * exclusions, NFC-normalized, re-encoded as UTF-8, hashed with {@code jcaHash}. Compare it with
   * the {@code c2pa.hash.data} hash of the manifest found in that text.
   *
   * <pre>{@code
   * byte[] expected = TextFormat.bindingDigest(utf8, dataHash.exclusions(), "SHA-256");
   * }</pre>
   *
   * @param utf8 the text as stored, wrapper included
   * @param exclusions the data-hash exclusions, sorted and non-overlapping
   * @param jcaHash the JCA name of the data-hash algorithm, e.g. {@code SHA-256}
   * @throws ProvenanceException when the exclusions overlap, are unsorted or run past the text
   * @throws IllegalArgumentException when {@code jcaHash} is not available
   */
  public static byte[] bindingDigest(byte[] utf8, List<ByteRange> exclusions, String jcaHash)
      throws ProvenanceException {
    return TextHashing.digest(utf8, exclusions, jcaHash);
  }

  /**
   * The text binding digest of {@link #bindingDigest(byte[], List, String)} over a source; core's
   * validator calls this for text assets.
   *
   * @throws IOException when the text cannot be read or the exclusions are malformed
   */
  @Override
  public byte[] bindingDigest(AssetSource source, List<ByteRange> exclusions, String jcaHash)
      throws IOException {
    try {
      return bindingDigest(readAll(source), exclusions, jcaHash);
    } catch (ProvenanceException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private static byte[] readAll(AssetSource source) throws ProvenanceException, IOException {
    if (source.size() > MAX_TEXT_BYTES) {
      throw new ProvenanceException(
          "text of " + source.size() + " bytes exceeds the " + MAX_TEXT_BYTES + "-byte limit");
    }
    return source.read(0, (int) source.size());
  }

  private static byte[] without(byte[] utf8, List<ByteRange> ranges) {
    if (ranges.isEmpty()) {
      return utf8;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length);
    int from = 0;
    for (ByteRange r : ranges) {
      out.write(utf8, from, (int) r.start() - from);
      from = (int) r.end();
    }
    out.write(utf8, from, utf8.length - from);
    return out.toByteArray();
  }
}
