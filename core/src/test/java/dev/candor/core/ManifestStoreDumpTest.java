package dev.candor.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.candor.core.asset.AssetSource;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ManifestStoreDumpTest {
  private static final DevelopmentPki PKI = DevelopmentPki.create();

  private static byte[] store() throws Exception {
    Manifest m =
        Manifest.builder()
            .title("answer.txt")
            .action(
                Action.created(DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA)
                    .softwareAgent(GeneratorInfo.of("Example LLM", "7b"))
                    .build())
            .build();
    return Provenance.sidecar(
        m,
        SigningOptions.of(PKI.signer()),
        AssetSource.of("hello".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void toJson_signedStore_showsClaimAssertionsAndSignature() throws Exception {
    JsonNode dump = ManifestStoreDump.toJson(store());
    assertEquals("c2pa", dump.get("label").asText());
    JsonNode m = dump.get("manifests").get(0);
    assertTrue(m.get("label").asText().startsWith("urn:"), m.toString());
    assertEquals("standard", m.get("type").asText());
    assertEquals("answer.txt", m.get("claim").get("dc:title").asText());
    boolean sawActions = false;
    for (JsonNode a : m.get("assertions")) {
      if (a.get("label").asText().startsWith("c2pa.actions")) {
        sawActions = true;
        JsonNode first = a.get("content").get("actions").get(0);
        assertEquals("c2pa.created", first.get("action").asText());
        assertEquals(
            DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA.uri(),
            first.get("digitalSourceType").asText());
      }
    }
    assertTrue(sawActions, m.toString());
    JsonNode sig = m.get("signature");
    assertEquals("ES256", sig.get("alg").asText());
    assertEquals(
        PKI.chain().get(0).getSubjectX500Principal().getName(),
        sig.get("certificates").get(0).get("subject").asText());
    assertFalse(sig.get("timeStamped").asBoolean());
  }

  @Test
  void toJson_notJumbf_throws() {
    assertThrows(ProvenanceException.class, () -> ManifestStoreDump.toJson(new byte[] {1, 2, 3}));
  }
}
