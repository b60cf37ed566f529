package dev.candor.core.internal.cose;

import dev.candor.core.internal.cbor.Cbor;
import dev.candor.core.internal.cbor.Tagged;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * COSE_Sign1 as C2PA uses it for claim signatures (RFC 9052 §4.2, C2PA 2.2 §13.2):
 *
 * <pre>
 * COSE_Sign1_Tagged = #6.18([ protected: bstr .cbor {1: alg, 33: x5chain},
 *                             unprotected: {? "sigTst2", ? "rVals", ? "pad"},
 *                             payload: nil (detached; the claim),
 *                             signature: bstr ])
 * Sig_structure     = [ "Signature1", protected, external_aad: h'', payload: claim bytes ]
 * </pre>
 */
public final class CoseSign1 {
  /** COSE header label for the algorithm. */
  public static final long HEADER_ALG = 1;
  /** COSE header label for the X.509 chain (RFC 9360). */
  public static final long HEADER_X5CHAIN = 33;
  /** CBOR tag of COSE_Sign1. */
  public static final long TAG = 18;

  private CoseSign1() {}

  /** The protected header bytes: {@code {1: alg, 33: cert or [certs]}}, leaf first. */
  public static byte[] protectedHeader(int coseAlg, List<byte[]> chainDer) {
    Map<Object, Object> h = new LinkedHashMap<>();
    h.put(HEADER_ALG, (long) coseAlg);
    if (chainDer.size() == 1) {
      h.put(HEADER_X5CHAIN, chainDer.get(0));
    } else {
      h.put(HEADER_X5CHAIN, new ArrayList<Object>(chainDer));
    }
    return Cbor.encode(h);
  }

  /** The bytes to sign: {@code ["Signature1", protected, h'', payload]}. */
  public static byte[] sigStructure(byte[] protectedHeader, byte[] payload) {
    return Cbor.encode(List.of("Signature1", protectedHeader, new byte[0], payload));
  }

  /**
   * The tagged COSE_Sign1 with a {@code pad} in the unprotected header sized so that the encoding
   * is exactly {@code size} bytes (C2PA 2.2 §10.4.2).
   *
   * @throws IllegalStateException when the content alone exceeds {@code size}
   */
  public static byte[] encodePadded(
      byte[] protectedHeader, Map<Object, Object> unprotected, byte[] signature, int size) {
    for (int pad2 = -1; pad2 < 4; pad2++) {
      int base = encode(protectedHeader, unprotected, signature, 0, pad2).length;
      if (base > size) {
        throw new IllegalStateException(
            "claim signature needs " + base + " bytes; only " + size + " were reserved");
      }
      // A pad of k bytes adds k plus the growth of its bstr head (1 byte below 24, 2 below 256,
      // 3 below 65536) to the pad-free length; solve for k, then check by encoding once.
      int gap = size - base;
      for (int headGrowth = 0; headGrowth <= 2; headGrowth++) {
        int k = gap - headGrowth;
        if (k >= 0 && headGrowth == bstrHeadLength(k) - 1) {
          byte[] b = encode(protectedHeader, unprotected, signature, k, pad2);
          if (b.length == size) {
            return b;
          }
        }
      }
    }
    throw new IllegalStateException("cannot pad the claim signature to " + size + " bytes");
  }

  private static int bstrHeadLength(int length) {
    return length < 24 ? 1 : length < 256 ? 2 : length < 65536 ? 3 : 5;
  }

  private static byte[] encode(
      byte[] prot, Map<Object, Object> unprot, byte[] sig, int pad, int pad2) {
    Map<Object, Object> u = new LinkedHashMap<>(unprot);
    u.put("pad", new byte[pad]);
    if (pad2 >= 0) {
      u.put("pad2", new byte[pad2]);
    }
    List<Object> arr = Arrays.asList(prot, u, null, sig);
    return Cbor.encode(new Tagged(TAG, arr));
  }
}
