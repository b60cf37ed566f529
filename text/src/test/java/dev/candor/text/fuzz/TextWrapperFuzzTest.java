package dev.candor.text.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.candor.core.DevelopmentPki;
import dev.candor.core.ProvenanceException;
import dev.candor.core.ValidationReport;
import dev.candor.core.VerifyOptions;
import dev.candor.core.asset.AssetSource;
import dev.candor.core.asset.ByteRange;
import dev.candor.core.asset.EmbeddedStore;
import dev.candor.text.TextFormat;
import dev.candor.text.TextLabels;
import dev.candor.text.TextManifestScan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz targets for the C2PA text wrapper: scanning raw bytes for wrappers, planning a relabel, and
 * verifying a text end to end. Scanning never fails on content; planning may refuse malformed UTF-8
 * with {@link ProvenanceException}; verifying always gives a report.
 */
class TextWrapperFuzzTest {
  private static final VerifyOptions OPTIONS =
      VerifyOptions.defaults().withTrust(DevelopmentPki.create().trustAnchors());

  @FuzzTest(maxDuration = "10m")
  void scanAndVerify(byte[] input) {
    TextFormat f = new TextFormat();
    AssetSource src = AssetSource.of(input);
    try {
      TextManifestScan scan = f.scan(src);
      for (EmbeddedStore s : scan.stores()) {
        for (ByteRange r : s.framing()) {
          check(r.start() >= 0 && r.end() <= input.length, "wrapper range runs past the text");
        }
      }
    } catch (ProvenanceException | IOException e) {
      throw new AssertionError("scan must classify content, not fail: " + e, e);
    }
    try {
      f.findStores(src);
    } catch (ProvenanceException e) {
      // a corrupted wrapper
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    try {
      f.planEmbedding(src).resolve(100);
    } catch (ProvenanceException e) {
      // malformed UTF-8
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    ValidationReport r = TextLabels.verify(new String(input, StandardCharsets.UTF_8), OPTIONS);
    check(r != null && r.state() != null, "no report");
  }

  static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError("fuzz contract broken: " + what);
    }
  }
}
