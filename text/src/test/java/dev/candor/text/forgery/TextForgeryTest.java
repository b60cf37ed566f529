package dev.candor.text.forgery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.core.Action;
import dev.candor.core.DevelopmentPki;
import dev.candor.core.DigitalSourceType;
import dev.candor.core.GeneratorInfo;
import dev.candor.core.Manifest;
import dev.candor.core.Provenance;
import dev.candor.core.SigningOptions;
import dev.candor.core.StatusCode;
import dev.candor.core.ValidationReport;
import dev.candor.core.ValidationState;
import dev.candor.core.VerifyOptions;
import dev.candor.text.TextLabels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Attacks on the C2PA text wrapper: moving it to another text, duplicating it, and slipping visible
 * text into the range the hard binding excludes.
 */
class TextForgeryTest {
  static TextLabels labels;
  static VerifyOptions trusting;

  @BeforeAll
  static void keys() {
    DevelopmentPki pki = DevelopmentPki.create();
    Manifest m =
        Manifest.builder()
            .action(
                Action.created(DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA)
                    .softwareAgent(GeneratorInfo.of("Example LLM", "7b"))
                    .build())
            .build();
    labels =
        TextLabels.builder()
            .signedBy(() -> Provenance.prepare(m, SigningOptions.of(pki.signer()), true))
            .build();
    trusting = VerifyOptions.defaults().withTrust(pki.trustAnchors());
  }

  static String wrapper(String labelled) {
    return labelled.substring(labelled.indexOf('\uFEFF'));
  }

  static void assertFails(ValidationReport r, String code) {
    assertEquals(ValidationState.INVALID, r.state(), r.toString());
    assertTrue(ValidationReport.codes(r.failure()).contains(code), code + " expected in " + r);
  }

  @Test
  void genuine_trusted() throws Exception {
    String out = labels.label("The capital of France is Paris.");
    assertEquals(ValidationState.TRUSTED, TextLabels.verify(out, trusting).state());
  }

  @Test
  void wrapperMovedToAnotherText_dataHashMismatch() throws Exception {
    String w = wrapper(labels.label("The capital of France is Paris."));
    String other = "I wrote this myself, by hand." + w;
    assertFails(TextLabels.verify(other, trusting), StatusCode.ASSERTION_DATAHASH_MISMATCH);
  }

  @Test
  void wrapperDuplicated_multipleWrappers() throws Exception {
    String out = labels.label("The capital of France is Paris.");
    assertFails(
        TextLabels.verify(out + wrapper(out), trusting),
        StatusCode.MANIFEST_TEXT_MULTIPLE_WRAPPERS);
  }

  @Test
  void visibleTextInsideTheStoreRun_corruptedWrapper() throws Exception {
    String out = labels.label("The capital of France is Paris.");
    int start = out.indexOf('\uFEFF');
    // After U+FEFF, 100 selectors in (each a code point): the store is cut in two.
    int at = out.offsetByCodePoints(start, 101);
    String forged = out.substring(0, at) + " Not really." + out.substring(at);
    assertFails(TextLabels.verify(forged, trusting), StatusCode.MANIFEST_TEXT_CORRUPTED_WRAPPER);
  }

  @Test
  void visibleTextInsideTheExcludedPadding_dataHashMismatch() throws Exception {
    String out = labels.label("The capital of France is Paris.");
    // Just before the last selector: inside the padding the store length leaves unread, so the
    // wrapper still decodes, but the text is no longer only the wrapper where the exclusion says.
    int at = out.offsetByCodePoints(out.length(), -1);
    String forged = out.substring(0, at) + " Not really." + out.substring(at);
    ValidationReport r = TextLabels.verify(forged, trusting);
    assertFails(r, StatusCode.ASSERTION_DATAHASH_MISMATCH);
    assertTrue(r.has(StatusCode.CLAIM_SIGNATURE_VALIDATED), "only the binding fails: " + r);
  }
}
