package dev.candor.text.internal;

import dev.candor.core.ProvenanceException;
import dev.candor.core.asset.ByteRange;
import dev.candor.core.internal.crypto.Digests;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.List;

/**
 * The validator-side hard-binding digest of a text asset (C2PA 2.3 A.8; {@code c2pa-digest.md} §6):
 * remove the excluded byte ranges, NFC-normalize what is left, encode as UTF-8, hash.
 *
 * <p>When the remaining bytes are not well-formed UTF-8 they cannot be normalized; they are hashed
 * as they are, so the digest equals the signed one only if the text is byte-identical to what was
 * signed (a conforming writer emits NFC UTF-8, so such text never matches a signature by accident).
 */
public final class TextHashing {
  private TextHashing() {}

  /**
   * The digest of {@code utf8} minus {@code exclusions}, normalized to NFC.
   *
   * @param exclusions sorted, non-overlapping ranges inside the text
   * @param jcaHash a JCA digest name, e.g. {@code SHA-256}
   * @throws ProvenanceException when the exclusions are unsorted, overlap or run past the text
   * @throws IllegalArgumentException when {@code jcaHash} is not a digest this JVM provides
   */
  public static byte[] digest(byte[] utf8, List<ByteRange> exclusions, String jcaHash)
      throws ProvenanceException {
    MessageDigest md = newDigest(jcaHash);
    byte[] kept = remove(utf8, exclusions);
    String text = decodeStrict(kept);
    if (text == null) {
      return md.digest(kept);
    }
    return md.digest(
        Normalizer.normalize(text, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8));
  }

  /** A new digest for {@code jcaHash}; misuse when the JVM has no such algorithm. */
  public static MessageDigest newDigest(String jcaHash) {
    return Digests.newDigest(jcaHash);
  }

  private static byte[] remove(byte[] utf8, List<ByteRange> exclusions) throws ProvenanceException {
    long excluded = 0;
    long previousEnd = 0;
    for (ByteRange r : exclusions) {
      if (r.start() < previousEnd || r.end() > utf8.length) {
        throw new ProvenanceException(
            "exclusion "
                + r.start()
                + "+"
                + r.length()
                + " overlaps another, is out of order or"
                + " runs past the text ("
                + utf8.length
                + " bytes)");
      }
      excluded += r.length();
      previousEnd = r.end();
    }
    byte[] kept = new byte[(int) (utf8.length - excluded)];
    int from = 0;
    int to = 0;
    for (ByteRange r : exclusions) {
      int n = (int) r.start() - from;
      System.arraycopy(utf8, from, kept, to, n);
      to += n;
      from = (int) r.end();
    }
    System.arraycopy(utf8, from, kept, to, utf8.length - from);
    return kept;
  }

  /** The text, or {@code null} when the bytes are not well-formed UTF-8. */
  public static String decodeStrict(byte[] utf8) {
    try {
      CharBuffer chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(utf8));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
