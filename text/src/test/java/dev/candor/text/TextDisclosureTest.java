package dev.candor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candor.core.DigitalSourceType;
import org.junit.jupiter.api.Test;

class TextDisclosureTest {
  private final TextDisclosure de =
      TextDisclosure.of("Dieser Text wurde von einer KI erzeugt.", "de");

  @Test
  void render_html_isAnAccessibleNoteInTheSentencesLanguage() {
    assertEquals(
        "<p class=\"candor-ai-disclosure\" lang=\"de\" role=\"note\">"
            + "Dieser Text wurde von einer KI erzeugt.</p>",
        de.render(DisclosureFormat.HTML));
  }

  @Test
  void render_htmlWithMarkupInSentence_escapesIt() {
    TextDisclosure d = TextDisclosure.of("<script>alert('x')</script> & \"more\"", "en");
    assertEquals(
        "<p class=\"candor-ai-disclosure\" lang=\"en\" role=\"note\">"
            + "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;</p>",
        d.render(DisclosureFormat.HTML));
  }

  @Test
  void render_markdown_isItalicWithSyntaxEscaped() {
    TextDisclosure d = TextDisclosure.of("Made by *AI* [bot]_v2\nline", "en");
    assertEquals("*Made by \\*AI\\* \\[bot\\]\\_v2 line*", d.render(DisclosureFormat.MARKDOWN));
  }

  @Test
  void render_json_isAFieldObjectWithKind() throws Exception {
    TextDisclosure d =
        TextDisclosure.of(
            "Texte modifié par IA \"x\"",
            "fr",
            DigitalSourceType.COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA);
    JsonNode n = new ObjectMapper().readTree(d.render(DisclosureFormat.JSON)).get("ai_disclosure");
    assertEquals("Texte modifié par IA \"x\"", n.get("text").asText());
    assertEquals("fr", n.get("lang").asText());
    assertEquals("compositeWithTrainedAlgorithmicMedia", n.get("kind").asText());
  }

  @Test
  void render_plain_isTheStrippedSentence() {
    assertEquals(
        "AI-generated.",
        TextDisclosure.of("  AI-generated.\n", "en").render(DisclosureFormat.PLAIN));
  }

  @Test
  void applyTo_placements_putTheDisclosureWhereAsked() {
    TextDisclosure d = TextDisclosure.of("AI.", "en");
    assertEquals("AI.\n\nBody", d.applyTo("Body", DisclosureFormat.PLAIN, Placement.PREFIX));
    assertEquals("Body\n\nAI.", d.applyTo("Body", DisclosureFormat.PLAIN, Placement.SUFFIX));
    assertEquals("Body\n\n---\n\nAI.", d.applyTo("Body", DisclosureFormat.PLAIN, Placement.FOOTER));
    assertEquals(
        "Body\n\n---\n\n*AI.*", d.applyTo("Body", DisclosureFormat.MARKDOWN, Placement.FOOTER));
    assertEquals(
        "<p>Body</p>\n"
            + "<footer class=\"candor-ai-disclosure\" lang=\"en\" role=\"note\">AI.</footer>",
        d.applyTo("<p>Body</p>", DisclosureFormat.HTML, Placement.FOOTER));
  }

  @Test
  void applyTo_json_isMisuse() {
    assertThrows(
        IllegalArgumentException.class,
        () -> de.applyTo("Body", DisclosureFormat.JSON, Placement.PREFIX));
  }

  @Test
  void of_languageTag_isCanonicalized() {
    assertEquals("pt-PT", TextDisclosure.of("x", "pt_pt".replace('_', '-')).languageTag());
    assertEquals("sr-Latn", TextDisclosure.of("x", "sr-latn").languageTag());
  }

  @Test
  void of_badArguments_areMisuse() {
    assertThrows(IllegalArgumentException.class, () -> TextDisclosure.of(" ", "en"));
    assertThrows(IllegalArgumentException.class, () -> TextDisclosure.of("x", "not a tag"));
    assertThrows(IllegalArgumentException.class, () -> TextDisclosure.of("x", ""));
  }
}
