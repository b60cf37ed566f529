package dev.candor.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.candor.image.FileFormat;
import dev.candor.text.DisclosureFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentTypeTest {
  @TempDir Path tmp;

  private ContentType of(String name, byte[] bytes) throws Exception {
    return ContentType.of(Files.write(tmp.resolve(name), bytes));
  }

  private ContentType of(String name, String text) throws Exception {
    return of(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void of_textExtensions_pickTheDisclosureMarkup() throws Exception {
    assertEquals(DisclosureFormat.PLAIN, of("a.txt", "hi").textFormat());
    assertEquals(DisclosureFormat.MARKDOWN, of("a.md", "# hi").textFormat());
    assertEquals(DisclosureFormat.HTML, of("a.html", "<p>hi</p>").textFormat());
    assertEquals(ContentType.Kind.TEXT, of("README", "hi").kind());
  }

  @Test
  void of_byContentNotName_jpegNamedTxtIsAnImage() throws Exception {
    byte[] jpeg = {
      (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0
    };
    ContentType t = of("photo.txt", jpeg);
    assertEquals(ContentType.Kind.IMAGE, t.kind());
    assertEquals(FileFormat.JPEG, t.imageFormat());
  }

  @Test
  void of_unsupported_saysWhy() throws Exception {
    assertTrue(of("a.pdf", "%PDF-1.7\n").reason().contains("PDF is not supported yet"));
    assertTrue(of("a.json", "{\"a\":1}").reason().contains("would break their syntax"));
    assertTrue(of("a.txt", new byte[] {(byte) 0xC3, 0x28, 0, 1}).reason().contains("not UTF-8"));
    assertTrue(of("a.bin", new byte[] {0, 1, 2, 3}).reason().contains("not an image or text"));
  }
}
