package dev.candor.cli.internal;

import dev.candor.image.FileFormat;
import dev.candor.image.ImageFormats;
import dev.candor.text.DisclosureFormat;
import dev.candor.text.TextFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * What a file is, for labelling and verification: a supported image (JPEG, PNG, WebP), a text file
 * (by extension: {@code .txt .text .md .markdown .html .htm}, or an extension-less file that is
 * UTF-8 text), or unsupported, with the reason.
 *
 * @param kind image, text or unsupported
 * @param imageFormat the detected image format ({@link FileFormat#UNKNOWN} for text)
 * @param textFormat how a disclosure is written into the text (for text only)
 * @param reason why the file is unsupported (for unsupported only)
 */
public record ContentType(
    Kind kind, FileFormat imageFormat, DisclosureFormat textFormat, String reason) {
  /** The kinds of content. */
  public enum Kind {
    /** A JPEG, PNG or WebP image. */
    IMAGE,
    /** A text file. */
    TEXT,
    /** Anything else. */
    UNSUPPORTED
  }

  private static final Map<String, DisclosureFormat> TEXT_EXTENSIONS =
      Map.of(
          "txt", DisclosureFormat.PLAIN,
          "text", DisclosureFormat.PLAIN,
          "md", DisclosureFormat.MARKDOWN,
          "markdown", DisclosureFormat.MARKDOWN,
          "html", DisclosureFormat.HTML,
          "htm", DisclosureFormat.HTML);

  /** Text read from standard input, in {@code format}. */
  public static ContentType text(DisclosureFormat format) {
    return new ContentType(Kind.TEXT, FileFormat.UNKNOWN, format, null);
  }

  /**
   * Classifies a file by its first bytes and its name.
   *
   * @throws IOException when the file cannot be read
   */
  public static ContentType of(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(ImageFormats.HEAD_LENGTH);
    }
    FileFormat f = ImageFormats.detect(head);
    if (f.isSupported()) {
      return new ContentType(Kind.IMAGE, f, null, null);
    }
    if (f != FileFormat.UNKNOWN && f != FileFormat.SVG) {
      return unsupported(f, f.name() + " is not supported yet (JPEG, PNG, WebP and text are)");
    }
    String ext = extension(file);
    DisclosureFormat tf = TEXT_EXTENSIONS.get(ext);
    boolean looksLikeText = new TextFormat().recognizes(head);
    if (tf != null && looksLikeText) {
      return text(tf);
    }
    if (ext.isEmpty() && looksLikeText && f == FileFormat.UNKNOWN) {
      return text(DisclosureFormat.PLAIN);
    }
    if (f == FileFormat.SVG) {
      return unsupported(f, "SVG is not supported yet (JPEG, PNG, WebP and text are)");
    }
    if (tf != null) {
      return unsupported(f, "not UTF-8 text");
    }
    if (looksLikeText) {
      return unsupported(
          f,
          "."
              + ext
              + " files are not labelled: a disclosure would break their"
              + " syntax (text labelling covers .txt .text .md .markdown .html .htm)");
    }
    return unsupported(f, "not an image or text format Candor handles");
  }

  private static ContentType unsupported(FileFormat f, String reason) {
    return new ContentType(Kind.UNSUPPORTED, f, null, reason);
  }

  /** The lower-case extension of a file name, or empty. */
  public static String extension(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot <= 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
