package dev.candor.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.candor.core.Provenance;
import dev.candor.core.ValidationReport;
import dev.candor.core.VerifyOptions;
import dev.candor.core.asset.AssetSource;
import dev.candor.core.internal.jumbf.Box;
import dev.candor.core.testkit.StoreSurgery;
import java.util.List;

/**
 * Fuzz targets for the whole validator (JUMBF, claim and assertion CBOR, COSE, X.509 chain,
 * time-stamp, hard binding). The validator never throws: every input must give a report. Besides
 * whole stores, three targets graft fuzzed bytes into one part of a real signed store, so the
 * fuzzer works on the claim, the COSE signature or an assertion behind a well-formed JUMBF frame.
 */
class StoreValidatorFuzzTest {
  private static final VerifyOptions OPTIONS =
      VerifyOptions.defaults().withTrust(Templates.pki().trustAnchors());

  @FuzzTest(maxDuration = "10m")
  void wholeStore(byte[] input) {
    verify(input);
  }

  @FuzzTest(maxDuration = "10m")
  void claim(byte[] input) {
    graft(input, "c2pa.claim.v2", "#cbor");
  }

  @FuzzTest(maxDuration = "10m")
  void coseSignature(byte[] input) {
    graft(input, "c2pa.signature", "#cbor");
  }

  @FuzzTest(maxDuration = "10m")
  void dataHashAssertion(byte[] input) {
    graft(input, "c2pa.assertions", "c2pa.hash.data", "#cbor");
  }

  private static void graft(byte[] part, String... steps) {
    byte[] store = Templates.store();
    Box root = StoreSurgery.parse(store);
    String[] full = new String[steps.length + 1];
    full[0] = StoreSurgery.activeLabel(root);
    System.arraycopy(steps, 0, full, 1, steps.length);
    List<Box> path = StoreSurgery.path(root, full);
    verify(StoreSurgery.replacePayload(store, path, part));
  }

  private static void verify(byte[] store) {
    ValidationReport r = Provenance.verifySidecar(store, AssetSource.of(Templates.ASSET), OPTIONS);
    FuzzContracts.check(r != null && r.state() != null, "no report");
    r.toString();
  }
}
