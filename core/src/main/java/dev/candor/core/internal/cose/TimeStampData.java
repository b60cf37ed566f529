package dev.candor.core.internal.cose;

import dev.candor.core.internal.cbor.Cbor;
import java.util.List;

/**
 * The bytes a C2PA claim-signature time-stamp covers (C2PA 2.2 §10.3.2.5).
 *
 * <p>v2 ({@code sigTst2}): a COSE counter-signature structure over the signature,
 * {@code ["CounterSignature", protected, h'', bstr(cbor(bstr signature))]} — the payload is the CBOR
 * encoding of the signature byte string, head included (c2pa-rs {@code cose_countersign_data}).
 * v1 ({@code sigTst}): the same structure with the claim bytes as payload.
 */
public final class TimeStampData {
  private TimeStampData() {}

  /** The data a v2 time-stamp's message imprint hashes. */
  public static byte[] v2(byte[] protectedHeader, byte[] signature) {
    return Cbor.encode(List.of("CounterSignature", protectedHeader, new byte[0], Cbor.encode(signature)));
  }

  /** The data a v1 time-stamp's message imprint hashes. */
  public static byte[] v1(byte[] protectedHeader, byte[] claim) {
    return Cbor.encode(List.of("CounterSignature", protectedHeader, new byte[0], claim));
  }
}
