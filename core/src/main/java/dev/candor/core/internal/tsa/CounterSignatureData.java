package dev.candor.core.internal.tsa;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The bytes whose hash a claim-signature time-stamp carries as its message imprint: a COSE
 * countersignature structure (RFC 8152 §4.4 with context {@code "CounterSignature"}, no {@code
 * sign_protected}), built from the claim signature's stored bytes, never re-encoded.
 *
 * <pre>
 * 84                                  array(4)
 *   70 "CounterSignature"             tstr(16), the context
 *   bstr(protected)                   the COSE_Sign1 protected-header bytes exactly as stored
 *   40                                bstr(0), external_aad
 *   bstr(payload)                     v1 sigTst : payload = the claim bytes (content of the claim's
 *                                                 cbor box)
 *                                     v2 sigTst2: payload = the CBOR encoding of the signature
 *                                                 bstr, head included, so the signature is wrapped
 *                                                 twice: bstr( bstr(signature) )
 * </pre>
 *
 * <p>Source: c2pa-rs {@code crypto/cose/sigtst.rs} ({@code cose_countersign_data}: coset {@code
 * sig_structure_data(CounterSignature, protected, None, aad = [], payload)}; for {@code sigTst2}
 * the payload is {@code cbor::into_writer(ByteBuf(signature))}, for {@code sigTst} the claim bytes
 * the COSE signature covers). Known-answer: the tokens of c2pa-rs fixtures C.jpg (v1), CACA.jpg and
 * C_with_CAWG_data.jpg (v2) match (see {@code CounterSignatureDataTest}).
 */
public final class CounterSignatureData {
  private static final byte[] CONTEXT = "CounterSignature".getBytes(StandardCharsets.US_ASCII);
  private static final int CBOR_ARRAY_4 = 0x84;
  private static final int CBOR_TSTR = 0x60;
  private static final int CBOR_BSTR = 0x40;

  private CounterSignatureData() {}

  /**
   * The to-be-time-stamped bytes for a claim signature.
   *
   * @param header which header the token lives in; decides the payload
   * @param protectedHeader the protected-header bytes as stored (content of the bstr, no head)
   * @param signature the COSE signature bytes (content of the bstr, no head)
   * @param claim the claim bytes the signature covers; used by {@link TimeStampHeader#SIG_TST} only
   *     and may be {@code null} for {@link TimeStampHeader#SIG_TST2}
   */
  public static byte[] of(
      TimeStampHeader header, byte[] protectedHeader, byte[] signature, byte[] claim) {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(protectedHeader, "protectedHeader");
    switch (header) {
      case SIG_TST:
        return countersign(protectedHeader, Objects.requireNonNull(claim, "claim"));
      case SIG_TST2:
        return countersign(protectedHeader, bstr(Objects.requireNonNull(signature, "signature")));
      default:
        throw new AssertionError(header);
    }
  }

  private static byte[] countersign(byte[] protectedHeader, byte[] payload) {
    ByteArrayOutputStream out =
        new ByteArrayOutputStream(protectedHeader.length + payload.length + 32);
    out.write(CBOR_ARRAY_4);
    writeHead(out, CBOR_TSTR, CONTEXT.length);
    out.writeBytes(CONTEXT);
    writeBstr(out, protectedHeader);
    writeBstr(out, new byte[0]);
    writeBstr(out, payload);
    return out.toByteArray();
  }

  private static byte[] bstr(byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 9);
    writeBstr(out, content);
    return out.toByteArray();
  }

  private static void writeBstr(ByteArrayOutputStream out, byte[] content) {
    writeHead(out, CBOR_BSTR, content.length);
    out.writeBytes(content);
  }

  /** A CBOR head with the shortest argument (RFC 8949 §4.2.1, deterministic). */
  private static void writeHead(ByteArrayOutputStream out, int majorType, int length) {
    if (length < 24) {
      out.write(majorType | length);
    } else if (length < 0x100) {
      out.write(majorType | 24);
      out.write(length);
    } else if (length < 0x10000) {
      out.write(majorType | 25);
      out.write(length >>> 8);
      out.write(length);
    } else {
      out.write(majorType | 26);
      for (int shift = 24; shift >= 0; shift -= 8) {
        out.write(length >>> shift);
      }
    }
  }
}
