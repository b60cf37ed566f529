package dev.candor.text.internal;

import dev.candor.core.ProvenanceException;
import dev.candor.core.asset.ByteRange;
import dev.candor.core.asset.PreparedStore;
import dev.candor.text.StoreSupplier;
import java.security.MessageDigest;
import java.util.List;
import java.util.Objects;

/**
 * Labels one text as it is produced: normalizes it to NFC on the fly, places the disclosure, hashes
 * the UTF-8 of exactly what it emits, and at the end signs the store and returns the wrapper.
 *
 * <p>Call order: {@link #begin}, {@link #accept} any number of times, {@link #endText}, {@link
 * #seal}. Not thread-safe: callers serialize (as Reactive Streams signals are).
 */
public final class SealingSession {
  private final String before;
  private final String after;
  private final StoreSupplier supplier;
  private final NfcStream nfc = new NfcStream();
  private PreparedStore store;
  private MessageDigest digest;
  private Utf8Digester utf8;
  private long textBytes;
  private int step;

  /**
   * A session that puts {@code before} and {@code after} around the content and signs with a store
   * from {@code supplier}, or signs nothing when it is {@code null}.
   */
  public SealingSession(String before, String after, StoreSupplier supplier) {
    this.before = Objects.requireNonNull(before, "before");
    this.after = Objects.requireNonNull(after, "after");
    this.supplier = supplier;
  }

  /** Obtains the store; returns the first text (the prefix disclosure, possibly empty). */
  public String begin() throws ProvenanceException {
    advance(0);
    if (supplier != null) {
      store = supplier.get();
      if (store == null) {
        throw new IllegalStateException("the store supplier returned null");
      }
      digest = TextHashing.newDigest(store.hashAlgorithm());
      utf8 = new Utf8Digester(digest);
    }
    return emit(nfc.push(before));
  }

  /** Takes a content chunk; returns the text that can go out now (possibly empty). */
  public String accept(CharSequence chunk) {
    if (step != 1) {
      throw new IllegalStateException("accept() after endText() or before begin()");
    }
    return emit(nfc.push(chunk));
  }

  /** Ends the content; returns the held-back tail and the suffix or footer disclosure. */
  public String endText() {
    advance(1);
    String tail = nfc.push(after);
    return emit(tail + nfc.finish());
  }

  /**
   * Signs what was emitted and returns the padded C2PA text wrapper (empty when nothing signs). The
   * exclusion is the wrapper itself: from the text's UTF-8 length, the framed length of the store.
   */
  public String seal() throws ProvenanceException {
    return seal("");
  }

  /**
   * {@code text} followed by what {@link #seal()} returns, in one string: for callers that hold
   * the emitted text, so it is copied once with the wrapper rather than concatenated after it.
   */
  public String seal(String text) throws ProvenanceException {
    advance(2);
    if (store == null) {
      return text;
    }
    ByteRange exclusion = new ByteRange(textBytes, TextWrapper.paddedLength(store.length()));
    byte[] signed = store.finish(digest.digest(), List.of(exclusion));
    if (signed.length != store.length()) {
      throw new IllegalStateException(
          "the prepared store promised " + store.length() + " bytes and returned " + signed.length);
    }
    return TextWrapper.encodePadded(text, signed);
  }

  private void advance(int expected) {
    if (step != expected) {
      throw new IllegalStateException("labelling steps out of order");
    }
    step++;
  }

  private String emit(String s) {
    if (utf8 != null) {
      textBytes += utf8.update(s);
    }
    return s;
  }
}
