package dev.candor.core.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.candor.core.DevelopmentPki;
import dev.candor.core.Manifest;
import dev.candor.core.Provenance;
import dev.candor.core.Signer;
import dev.candor.core.SigningAlgorithm;
import dev.candor.core.SigningOptions;
import dev.candor.core.TimeStamper;
import dev.candor.core.ValidationReport;
import dev.candor.core.ValidationState;
import dev.candor.core.VerifyOptions;
import dev.candor.core.asset.AssetSource;
import dev.candor.core.forgery.Forge;
import dev.candor.core.testkit.LoopbackTsa;
import dev.candor.core.testkit.TestKeys;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Many threads signing and verifying with one shared signer, one shared time-stamper and one shared
 * set of verify options give, operation by operation, the verdicts one thread gives. Every third
 * asset is changed after signing, so failures are compared too.
 */
class SharedSignerConcurrencyTest {
  static final int THREADS = 8;
  static final int OPERATIONS = 48;

  @Test
  void labelAndVerify_developmentSigner_eightThreadsMatchOneThread() throws Exception {
    DevelopmentPki pki = DevelopmentPki.create();
    run(pki.signer(), VerifyOptions.defaults().withTrust(pki.trustAnchors()));
  }

  @Test
  void labelAndVerify_fixtureEs256Signer_eightThreadsMatchOneThread() throws Exception {
    Signer es256 = TestKeys.fixtureSigner("es256", SigningAlgorithm.ES256);
    run(es256, VerifyOptions.defaults());
  }

  /**
   * One manifest shared by every thread (its assertions are built once and reused): each store
   * still gets its own manifest label and verifies against its own asset only.
   */
  @Test
  void sidecar_oneManifestSharedByEightThreads_eachStoreItsOwnAndValid() throws Exception {
    DevelopmentPki pki = DevelopmentPki.create();
    SigningOptions signing = SigningOptions.of(pki.signer());
    VerifyOptions verify = VerifyOptions.defaults().withTrust(pki.trustAnchors());
    Manifest shared = Forge.manifest();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<byte[]>> stores = new ArrayList<>();
      for (int i = 0; i < OPERATIONS; i++) {
        int n = i;
        stores.add(
            pool.submit(() -> Provenance.sidecar(shared, signing, AssetSource.of(asset(n)))));
      }
      Set<String> labels = new HashSet<>();
      for (int i = 0; i < OPERATIONS; i++) {
        byte[] store = stores.get(i).get();
        ValidationReport own = Provenance.verifySidecar(store, AssetSource.of(asset(i)), verify);
        assertEquals(ValidationState.TRUSTED, own.state(), "store " + i + ": " + own.failure());
        labels.add(own.activeManifest().orElseThrow().label());
        ValidationReport other =
            Provenance.verifySidecar(store, AssetSource.of(asset(i + 1)), verify);
        assertEquals(ValidationState.INVALID, other.state(), "store " + i + " on another asset");
      }
      assertEquals(OPERATIONS, labels.size(), "every store has its own manifest label");
    } finally {
      pool.shutdownNow();
    }
  }

  private static byte[] asset(int n) {
    byte[] asset = new byte[2048 + n];
    new Random(n).nextBytes(asset);
    return asset;
  }

  private static void run(Signer signer, VerifyOptions base) throws Exception {
    try (LoopbackTsa tsa = LoopbackTsa.start()) {
      SigningOptions signing =
          SigningOptions.of(signer).withTimeStamper(TimeStamper.http(tsa.url()));
      VerifyOptions verify = base.withTimeStampAnchors(List.of(tsa.rootCertificate()));
      List<String> serial = new ArrayList<>();
      for (int i = 0; i < OPERATIONS; i++) {
        serial.add(operation(i, signing, verify));
      }
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < OPERATIONS; i++) {
          int n = i;
          futures.add(pool.submit(() -> operation(n, signing, verify)));
        }
        for (int i = 0; i < OPERATIONS; i++) {
          assertEquals(serial.get(i), futures.get(i).get(), "operation " + i);
        }
      } finally {
        pool.shutdownNow();
      }
      assertEquals(
          OPERATIONS / 3,
          serial.stream().filter(s -> s.startsWith("INVALID")).count(),
          serial.toString());
    }
  }

  /** Signs asset {@code n}, changes it when {@code n % 3 == 0}, verifies; the verdict as text. */
  private static String operation(int n, SigningOptions signing, VerifyOptions verify)
      throws Exception {
    byte[] asset = asset(n);
    byte[] store = Provenance.sidecar(Forge.manifest(), signing, AssetSource.of(asset));
    if (n % 3 == 0) {
      asset[n] ^= 1;
    }
    ValidationReport r = Provenance.verifySidecar(store, AssetSource.of(asset), verify);
    return r.state()
        + " success="
        + new TreeSet<>(ValidationReport.codes(r.success()))
        + " info="
        + new TreeSet<>(ValidationReport.codes(r.informational()))
        + " failure="
        + new TreeSet<>(ValidationReport.codes(r.failure()));
  }
}
