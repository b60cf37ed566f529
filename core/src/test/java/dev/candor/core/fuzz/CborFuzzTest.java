package dev.candor.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.candor.core.internal.cbor.Cbor;
import dev.candor.core.internal.cbor.CborException;

/**
 * Fuzz target: the CBOR decoder used for claims, assertions and COSE on arbitrary bytes. Only
 * {@link CborException} may escape; what it decodes must encode again (the writer accepts every
 * value the reader produces).
 */
class CborFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void decode(byte[] input) {
    Object v;
    try {
      v = Cbor.decode(input);
    } catch (CborException e) {
      return;
    }
    Cbor.encode(v);
  }
}
