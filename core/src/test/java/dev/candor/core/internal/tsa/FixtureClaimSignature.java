package dev.candor.core.internal.tsa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * TEST-ONLY and deliberately crude: digs the active manifest's claim bytes and claim signature out
 * of a c2pa-rs JPEG fixture so time-stamp tokens can be checked before the real JUMBF/COSE parser
 * exists. Trusts the fixture: no bounds checks beyond what Java gives, no tolerance for oddities.
 *
 * @param claim the claim cbor box content
 * @param protectedHeader the COSE protected-header bytes (bstr content)
 * @param signature the COSE signature bytes
 * @param header where the time-stamp was
 * @param token the {@code val} of the first {@code tstTokens} entry
 */
record FixtureClaimSignature(
    byte[] claim, byte[] protectedHeader, byte[] signature, TimeStampHeader header, byte[] token) {

  static FixtureClaimSignature read(Path jpeg) throws IOException {
    byte[] store = jumbfFromJpeg(Files.readAllBytes(jpeg));
    byte[][] found = new byte[2][];
    // store = jumb(c2pa) > jumb(manifest)*; the last manifest wins, later boxes overwrite earlier.
    walk(ByteBuffer.wrap(store), found, null);
    JsonNode cose = new ObjectMapper(new CBORFactory()).readTree(found[1]);
    JsonNode unprotected = cose.get(1);
    TimeStampHeader header = null;
    JsonNode container = null;
    for (TimeStampHeader h :
        new TimeStampHeader[] {TimeStampHeader.SIG_TST2, TimeStampHeader.SIG_TST}) {
      if (container == null && unprotected.has(h.label())) {
        header = h;
        container = unprotected.get(h.label());
      }
    }
    if (container == null) {
      throw new IOException(jpeg + " has no time-stamp header");
    }
    return new FixtureClaimSignature(
        found[0],
        cose.get(0).binaryValue(),
        cose.get(3).binaryValue(),
        header,
        container.get("tstTokens").get(0).get("val").binaryValue());
  }

  /** Reassembles the C2PA APP11 segments (C2PA 2.2 §A.3.1): CI "JP", En, Z, then box bytes. */
  private static byte[] jumbfFromJpeg(byte[] jpeg) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int pos = 2;
    while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xff) == 0xff) {
      int marker = jpeg[pos + 1] & 0xff;
      if (marker == 0xda) {
        break;
      }
      int length = ((jpeg[pos + 2] & 0xff) << 8) | (jpeg[pos + 3] & 0xff);
      int content = pos + 4;
      if (marker == 0xeb && jpeg[content] == 'J' && jpeg[content + 1] == 'P') {
        int z = ByteBuffer.wrap(jpeg, content + 4, 4).getInt();
        int skip = z == 1 ? 8 : 16; // CI+En+Z, plus repeated LBox+TBox after the first packet
        out.write(jpeg, content + skip, length - 2 - skip);
      }
      pos += 2 + length;
    }
    if (out.size() == 0) {
      throw new IOException("no APP11 JUMBF");
    }
    return out.toByteArray();
  }

  private static void walk(ByteBuffer box, byte[][] found, String label) {
    while (box.remaining() >= 8) {
      int start = box.position();
      int size = box.getInt();
      String type =
          new String(
              new byte[] {box.get(), box.get(), box.get(), box.get()}, StandardCharsets.US_ASCII);
      ByteBuffer payload = box.duplicate().position(start + 8).limit(start + size);
      if (type.equals("jumb")) {
        walk(payload.slice(), found, superboxLabel(payload.slice()));
      } else if (type.equals("cbor") && label != null) {
        byte[] bytes = new byte[size - 8];
        payload.get(bytes);
        if (label.startsWith("c2pa.claim")) {
          found[0] = bytes;
        } else if (label.equals("c2pa.signature")) {
          found[1] = bytes;
        }
      }
      box.position(start + size);
    }
  }

  /** The label of a superbox's jumd: 8-byte header, 16-byte UUID, toggles, NUL-ended label. */
  private static String superboxLabel(ByteBuffer superbox) {
    int at = 8 + 16 + 1;
    StringBuilder s = new StringBuilder();
    for (int i = at; superbox.get(i) != 0; i++) {
      s.append((char) superbox.get(i));
    }
    return s.toString();
  }
}
