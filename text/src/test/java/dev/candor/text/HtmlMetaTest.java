package dev.candor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.candor.core.DigitalSourceType;
import java.net.URI;
import org.junit.jupiter.api.Test;

class HtmlMetaTest {

  @Test
  void aiGenerated_generatedAndModified_sayAllAndPartially() {
    assertEquals(
        "<meta name=\"ai-generated\" content=\"all\">",
        HtmlMeta.aiGenerated(DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA));
    assertEquals(
        "<meta name=\"ai-generated\" content=\"partially\">",
        HtmlMeta.aiGenerated(DigitalSourceType.COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA));
  }

  @Test
  void aiGenerated_cameraCapture_isMisuse() {
    assertThrows(
        IllegalArgumentException.class,
        () -> HtmlMeta.aiGenerated(DigitalSourceType.DIGITAL_CAPTURE));
  }

  @Test
  void manifestLink_httpsUri_isEscapedLink() {
    assertEquals(
        "<link rel=\"c2pa-manifest\" href=\"https://example.org/m.c2pa?a=1&amp;b=2\">",
        HtmlMeta.manifestLink(URI.create("https://example.org/m.c2pa?a=1&b=2")));
  }

  @Test
  void manifestLink_javascriptUri_isMisuse() {
    assertThrows(
        IllegalArgumentException.class,
        () -> HtmlMeta.manifestLink(URI.create("javascript:alert(1)")));
  }
}
