package dev.candor.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.candor.core.internal.tsa.TimeStampResult;
import dev.candor.core.internal.tsa.TimeStampVerifier;
import dev.candor.core.testkit.LoopbackTsa;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzz target: RFC 3161 token (or TimeStampResp) verification. Every input must give a result,
 * never an exception.
 */
class TimeStampFuzzTest {
  static final byte[] DATA = "candor fuzz time-stamped data".getBytes(StandardCharsets.UTF_8);
  private static final TimeStampVerifier VERIFIER = verifier();

  private static TimeStampVerifier verifier() {
    try (LoopbackTsa tsa = LoopbackTsa.start()) {
      return TimeStampVerifier.of(List.of(tsa.rootCertificate()));
    }
  }

  @FuzzTest(maxDuration = "10m")
  void verify(byte[] token) {
    TimeStampResult r = VERIFIER.verify(token, DATA, "self#jumbf=/c2pa/fuzz/c2pa.signature");
    FuzzContracts.check(r != null, "no result");
    r.validated();
    r.genTime();
  }
}
