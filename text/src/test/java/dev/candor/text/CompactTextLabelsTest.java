package dev.candor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.core.Action;
import dev.candor.core.DigitalSourceType;
import dev.candor.core.FileManifestRepository;
import dev.candor.core.Manifest;
import dev.candor.core.SigningAlgorithm;
import dev.candor.core.SigningOptions;
import dev.candor.core.StatusCode;
import dev.candor.core.ValidationReport;
import dev.candor.core.ValidationState;
import dev.candor.core.VerifyOptions;
import dev.candor.core.testkit.TestKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompactTextLabelsTest {
  @TempDir Path dir;
  FileManifestRepository repo;
  CompactTextLabels labels;

  @BeforeEach
  void setUp() throws Exception {
    repo = FileManifestRepository.open(dir);
    Manifest m = Manifest.builder()
        .action(Action.created(DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA).build()).build();
    labels = CompactTextLabels.of(m,
        SigningOptions.of(TestKeys.fixtureSigner("es256", SigningAlgorithm.ES256)), repo);
  }

  @Test
  void label_shortAnswer_markerUnder500BytesAndValid() throws Exception {
    String out = labels.label("Yes.");
    assertTrue(out.getBytes(StandardCharsets.UTF_8).length < 500, "bytes: " + out.getBytes(StandardCharsets.UTF_8).length);
    ValidationReport r = CompactTextLabels.verify(out, repo, VerifyOptions.defaults());
    assertEquals(ValidationState.VALID, r.state(), r.toString());
  }

  @Test
  void verify_changedText_invalid() throws Exception {
    String out = labels.label("The answer is 42.");
    ValidationReport r = CompactTextLabels.verify(out.replace("42", "43"), repo, VerifyOptions.defaults());
    assertEquals(ValidationState.INVALID, r.state());
    assertTrue(r.has(StatusCode.ASSERTION_DATAHASH_MISMATCH), r.toString());
    assertTrue(r.has(StatusCode.CLAIM_SIGNATURE_MISMATCH), r.toString());
  }

  @Test
  void verify_recordMissing_inaccessible() throws Exception {
    String out = labels.label("Hello.");
    ValidationReport r = CompactTextLabels.verify(out, FileManifestRepository.open(dir.resolve("empty")),
        VerifyOptions.defaults());
    assertTrue(r.has(StatusCode.MANIFEST_INACCESSIBLE), r.toString());
  }

  @Test
  void verify_markerStripped_noManifest() throws Exception {
    String out = labels.label("Hello.");
    assertFalse(CompactTextLabels.verify(out.substring(0, out.indexOf('\uFEFF')), repo,
        VerifyOptions.defaults()).hasManifest());
  }
}
