package dev.candor.core.fuzz;

import dev.candor.core.internal.jumbf.Box;
import dev.candor.core.testkit.LoopbackTsa;
import dev.candor.core.testkit.StoreSurgery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the committed seed corpus of the core fuzz targets from Candor's own output (run with
 * {@code -Dcandor.seeds.write=true}; a normal build skips it). Seeds are small: a store, its parts,
 * a certificate and a token.
 */
@EnabledIfSystemProperty(named = "candor.seeds.write", matches = "true")
class SeedWriterTest {
  private static final Path RES = Path.of("src/test/resources/dev/candor/core/fuzz");

  @Test
  void writeSeeds() throws Exception {
    byte[] store = Templates.store();
    Box root = StoreSurgery.parse(store);
    String m = StoreSurgery.activeLabel(root);
    write("JumbfFuzzTestInputs/parse/candor_sidecar_store", store);
    write("StoreValidatorFuzzTestInputs/wholeStore/candor_sidecar_store", store);
    write("StoreValidatorFuzzTestInputs/wholeStore/truncated_store", Arrays.copyOf(store, 300));
    byte[] claim = last(StoreSurgery.path(root, m, "c2pa.claim.v2", "#cbor")).payload();
    byte[] cose = last(StoreSurgery.path(root, m, "c2pa.signature", "#cbor")).payload();
    byte[] dataHash =
        last(StoreSurgery.path(root, m, "c2pa.assertions", "c2pa.hash.data", "#cbor")).payload();
    write("StoreValidatorFuzzTestInputs/claim/candor_claim_v2", claim);
    write("StoreValidatorFuzzTestInputs/coseSignature/candor_cose_sign1", cose);
    write("StoreValidatorFuzzTestInputs/dataHashAssertion/candor_data_hash", dataHash);
    write("CborFuzzTestInputs/decode/candor_claim_v2", claim);
    write("CborFuzzTestInputs/decode/candor_data_hash", dataHash);
    write(
        "X509FuzzTestInputs/signerCertificate/development_signer",
        Templates.pki().chain().get(0).getEncoded());
    try (LoopbackTsa tsa = LoopbackTsa.start()) {
      write(
          "TimeStampFuzzTestInputs/verify/loopback_token", tsa.issueToken(TimeStampFuzzTest.DATA));
    }
  }

  private static Box last(java.util.List<Box> path) {
    return path.get(path.size() - 1);
  }

  private static void write(String name, byte[] bytes) throws Exception {
    Path p = RES.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
  }
}
