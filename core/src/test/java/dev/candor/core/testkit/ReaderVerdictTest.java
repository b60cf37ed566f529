package dev.candor.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.core.ValidationState;
import dev.candor.core.testkit.ReaderVerdict.State;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReaderVerdictTest {
  /** A verdict line as verify.mjs prints it for an untrusted but sound file (report shortened). */
  private static final String VALID_LINE =
      "{\"reader\":\"c2pa-node\",\"state\":\"Valid\","
          + "\"success\":[\"claimSignature.validated\",\"assertion.dataHash.match\"],"
          + "\"informational\":[\"timeStamp.untrusted\"],"
          + "\"failure\":[\"signingCredential.untrusted\"],\"digitalSourceTypes\":[\""
          + " http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture\"],"
          + "\"activeManifest\":\"urn:c2pa:1234\",\"error\":null,"
          + "\"report\":{\"active_manifest\":\"urn:c2pa:1234\"},\"id\":7}";

  @Test
  void parse_validLine_keepsEveryField() {
    ReaderVerdict v = ReaderVerdict.parse(VALID_LINE);

    assertEquals("c2pa-node", v.reader());
    assertEquals(State.VALID, v.state());
    assertEquals(List.of("claimSignature.validated", "assertion.dataHash.match"), v.success());
    assertEquals(List.of("timeStamp.untrusted"), v.informational());
    assertEquals(List.of("signingCredential.untrusted"), v.failure());
    assertEquals(
        List.of(" http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture"),
        v.digitalSourceTypes(),
        "source type kept exactly as written, leading space included");
    assertEquals("urn:c2pa:1234", v.activeManifest());
    assertNull(v.error());
    assertEquals("urn:c2pa:1234", v.report().path("active_manifest").asText());
    assertEquals(VALID_LINE, v.rawJson());
  }

  @Test
  void parse_errorLine_noReportAndNoState() {
    ReaderVerdict v =
        ReaderVerdict.parse(
            "{\"reader\":\"c2pa-wasm\",\"state\":\"Error\",\"success\":[],\"informational\":[],"
                + "\"failure\":[],\"digitalSourceTypes\":[],\"activeManifest\":null,"
                + "\"error\":\"C2pa(PrereleaseError)\",\"report\":null}");

    assertEquals(State.ERROR, v.state());
    assertEquals("C2pa(PrereleaseError)", v.error());
    assertNull(v.activeManifest());
    assertNull(v.report());
    assertTrue(v.validationState().isEmpty());
  }

  @Test
  void validationState_c2paStates_mapToCoreEnum() {
    assertEquals(ValidationState.VALID, ReaderVerdict.parse(VALID_LINE).validationState().get());
    assertEquals(
        ValidationState.TRUSTED,
        ReaderVerdict.parse(VALID_LINE.replace("\"Valid\"", "\"Trusted\""))
            .validationState()
            .get());
    assertEquals(
        ValidationState.INVALID,
        ReaderVerdict.parse(VALID_LINE.replace("\"Valid\"", "\"Invalid\""))
            .validationState()
            .get());
  }

  @Test
  void hasCode_anyList_found() {
    ReaderVerdict v = ReaderVerdict.parse(VALID_LINE);

    assertTrue(v.hasCode("assertion.dataHash.match"));
    assertTrue(v.hasCode("timeStamp.untrusted"));
    assertTrue(v.hasCode("signingCredential.untrusted"));
    assertFalse(v.hasCode("assertion.dataHash.mismatch"));
  }

  @Test
  void constructor_listsChangedLater_verdictUnchanged() {
    List<String> failure = new ArrayList<>(List.of("a"));
    ReaderVerdict v =
        new ReaderVerdict(
            "x", State.INVALID, List.of(), List.of(), failure, List.of(), null, null, "{}");
    failure.add("b");

    assertEquals(List.of("a"), v.failure());
    assertThrows(UnsupportedOperationException.class, () -> v.failure().add("c"));
  }

  @Test
  void parse_notJson_illegalState() {
    assertThrows(IllegalStateException.class, () -> ReaderVerdict.parse("Segmentation fault"));
  }

  @Test
  void parse_unknownState_illegalState() {
    assertThrows(
        IllegalStateException.class,
        () -> ReaderVerdict.parse(VALID_LINE.replace("\"Valid\"", "\"Maybe\"")));
  }

  @Test
  void parse_jsonWithoutState_illegalState() {
    assertThrows(IllegalStateException.class, () -> ReaderVerdict.parse("{\"reader\":\"x\"}"));
  }
}
