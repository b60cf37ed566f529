package dev.candor.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.core.ProvenanceException;
import dev.candor.core.StatusCode;
import dev.candor.core.asset.AssetSource;
import dev.candor.core.asset.ByteRange;
import dev.candor.core.asset.EmbedPlan;
import dev.candor.core.asset.EmbeddedStore;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextFormatTest {
  private final TextFormat format = new TextFormat();

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private byte[] sign(String text, FakeStore store) throws Exception {
    AssetSource source = AssetSource.of(utf8(text));
    return PlanWriter.write(format.planEmbedding(source), source, store);
  }

  private static String s(byte[] utf8) {
    return new String(utf8, StandardCharsets.UTF_8);
  }

  @Test
  void planEmbedding_thenFindStores_roundTripsStoreAndExclusion() throws Exception {
    FakeStore store = FakeStore.ofLength(300);
    String text = "An answer from a model.\n";
    byte[] signed = sign(text, store);

    List<EmbeddedStore> found = format.findStores(AssetSource.of(signed));
    assertEquals(1, found.size());
    assertArrayEquals(store.signed, found.get(0).store());
    ByteRange expected = new ByteRange(utf8(text).length, 3 + (13 + 300) * 4 + 6);
    assertEquals(List.of(expected), found.get(0).framing());
    assertEquals(store.exclusions, found.get(0).framing(), "the signed exclusion is the wrapper");
    assertEquals(signed.length, expected.end());
  }

  @Test
  void bindingDigest_signedText_equalsTheDigestTheStoreSigned() throws Exception {
    FakeStore store = FakeStore.ofLength(64);
    byte[] signed = sign("Hello, world.", store);
    assertArrayEquals(store.digest, TextFormat.bindingDigest(signed, store.exclusions, "SHA-256"));
  }

  @Test
  void bindingDigest_nfcEdgeCases_keepVerifying() throws Exception {
    List<String> texts =
        List.of(
            "cafe\u0301 and Ame\u0301lie", // decomposed input: the writer stores NFC
            "\uD83D\uDC69\u200D\uD83D\uDCBB wrote \uD83D\uDC68\uD83C\uDFFD\u200D\uD83D\uDE80",
            "\u2764\uFE0F heart, \uFEFF stray ZWNBSP, \uFEFF\uFE01\uFE02 foreign run",
            "\uFEFFleading byte order mark",
            "\u1100\u1161\u11A8 jamo",
            "");
    for (String text : texts) {
      FakeStore store = FakeStore.ofLength(40);
      byte[] signed = sign(text, store);
      assertTrue(
          Arrays.equals(
              store.digest, TextFormat.bindingDigest(signed, store.exclusions, "SHA-256")),
          "verifies: " + text);
      String visible = s(Arrays.copyOf(signed, (int) store.exclusions.get(0).start()));
      assertEquals(Normalizer.normalize(text, Normalizer.Form.NFC), visible, "stored NFC: " + text);
      assertEquals(1, format.findStores(AssetSource.of(signed)).size(), "one wrapper: " + text);
    }
  }

  @Test
  void bindingDigest_oneCharacterChanged_changesTheDigest() throws Exception {
    FakeStore store = FakeStore.ofLength(40);
    byte[] signed = sign("The meeting is on Monday.", store);
    String tampered = s(signed).replace("Monday", "Sunday");
    byte[] digest = TextFormat.bindingDigest(utf8(tampered), store.exclusions, "SHA-256");
    assertFalse(Arrays.equals(store.digest, digest));
  }

  @Test
  void bindingDigest_textRenormalizedToNfd_stillVerifies() throws Exception {
    // A transport that decomposes accents keeps the byte length of the wrapper but shifts it:
    // verifying against the wrapper's new range still matches, because validators hash NFC.
    FakeStore store = FakeStore.ofLength(40);
    byte[] signed = sign("caf\u00E9", store);
    String text = s(signed);
    int wrapperAt = text.indexOf('\uFEFF');
    String nfd = Normalizer.normalize(text.substring(0, wrapperAt), Normalizer.Form.NFD);
    byte[] moved = utf8(nfd + text.substring(wrapperAt));
    EmbeddedStore found = format.findStores(AssetSource.of(moved)).get(0);
    assertArrayEquals(store.digest, TextFormat.bindingDigest(moved, found.framing(), "SHA-256"));
  }

  @Test
  void findStores_wrapperStripped_findsNothing() throws Exception {
    FakeStore store = FakeStore.ofLength(40);
    byte[] signed = sign("Some text.", store);
    byte[] stripped = Arrays.copyOf(signed, (int) store.exclusions.get(0).start());
    TextManifestScan scan = format.scan(AssetSource.of(stripped));
    assertTrue(scan.noManifest());
    assertTrue(scan.failure().isEmpty());
    assertTrue(format.findStores(AssetSource.of(stripped)).isEmpty());
  }

  @Test
  void scan_twoWrappers_reportsMultipleWrappers() throws Exception {
    byte[] once = sign("First.", FakeStore.ofLength(20));
    String twice = s(once) + " Second." + s(sign("", FakeStore.ofLength(30)));
    TextManifestScan scan = format.scan(AssetSource.of(utf8(twice)));
    assertEquals(2, scan.stores().size());
    assertEquals(StatusCode.MANIFEST_TEXT_MULTIPLE_WRAPPERS, scan.failure().orElseThrow().code());
    assertEquals(2, format.findStores(AssetSource.of(utf8(twice))).size());
  }

  @Test
  void findStores_corruptedWrapper_throwsWithStatusCode() throws Exception {
    byte[] signed = sign("Text.", FakeStore.ofLength(20));
    // Cut the wrapper short: the declared length now runs past the selectors.
    byte[] cut = Arrays.copyOf(signed, signed.length - 40);
    TextManifestScan scan = format.scan(AssetSource.of(cut));
    assertEquals(StatusCode.MANIFEST_TEXT_CORRUPTED_WRAPPER, scan.failure().orElseThrow().code());
    assertFalse(scan.noManifest());
    CorruptedWrapperException e =
        assertThrows(CorruptedWrapperException.class, () -> format.findStores(AssetSource.of(cut)));
    assertEquals(StatusCode.MANIFEST_TEXT_CORRUPTED_WRAPPER, e.statusCode());
    assertEquals(5, e.range().start());
  }

  @Test
  void scan_foreignSelectorRun_isNotAManifest() throws Exception {
    TextManifestScan scan = format.scan(AssetSource.of(utf8("x\uFEFF\uFE01\uFE02y")));
    assertTrue(scan.noManifest());
    assertEquals(List.of(new ByteRange(1, 9)), scan.foreignRuns());
  }

  @Test
  void planEmbedding_textWithOldAndCorruptedWrappers_removesThemAndKeepsForeignRuns()
      throws Exception {
    byte[] old = sign("Old answer.", FakeStore.ofLength(20));
    String whole = s(old);
    // Drop 10 of 37 selectors: more than the 4 of padding, so the declared length runs past.
    String corrupted = whole.substring(0, whole.offsetByCodePoints(whole.length(), -10));
    String input = corrupted + " \uFEFF\uFE01 kept " + whole;
    assertEquals(1, format.scan(AssetSource.of(utf8(input))).corrupted().size());
    EmbedPlan plan = format.planEmbedding(AssetSource.of(utf8(input)));
    assertEquals(2, plan.pieces().size());
    String text = s(((EmbedPlan.Insert) plan.pieces().get(0)).bytes());
    assertEquals("Old answer. \uFEFF\uFE01 kept Old answer.", text);
    assertTrue(plan.pieces().get(1) instanceof EmbedPlan.Slot);
    assertEquals(TextFormat.MEDIA_TYPE, plan.mediaType());
    assertEquals(3 + (13 + 100) * 4 + 6, plan.framing().framedLength(100));
  }

  @Test
  void planEmbedding_malformedUtf8_throwsProvenanceException() {
    byte[] bad = {'a', (byte) 0xFF, 'b'};
    assertThrows(ProvenanceException.class, () -> format.planEmbedding(AssetSource.of(bad)));
  }

  @Test
  void recognizes_textAndBinary_tellsThemApart() {
    assertTrue(format.recognizes(utf8("Hello\r\n\tworld")));
    assertTrue(format.recognizes(Arrays.copyOf(utf8("Gr\u00FC\u00DFe"), 5))); // cut inside ß
    assertTrue(format.recognizes(new byte[0]));
    assertFalse(format.recognizes(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
    assertFalse(format.recognizes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}));
    assertFalse(format.recognizes(utf8("a\u0000b")));
  }
}
