package dev.candor.core.disclosure;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads and caches {@code disclosures_<lang>.properties}. The files are UTF-8 and are decoded as
 * UTF-8 with malformed input reported, never through {@code ResourceBundle}'s platform-dependent
 * defaults.
 */
final class DisclosureResources {

  /** The 24 official EU languages, ISO 639-1, in alphabetical order. */
  static final List<String> LANGUAGES =
      List.of(
          "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt",
          "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv");

  static final String MARK_KEY = "mark";

  private static final Map<String, Map<String, String>> CACHE = new ConcurrentHashMap<>();

  private DisclosureResources() {}

  /** The entries for {@code language}, which must be one of {@link #LANGUAGES}. */
  static Map<String, String> load(String language) {
    return CACHE.computeIfAbsent(language, DisclosureResources::read);
  }

  static String resourceName(String language) {
    return "disclosures_" + language + ".properties";
  }

  private static Map<String, String> read(String language) {
    String name = resourceName(language);
    try (InputStream in = DisclosureResources.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing bundled resource " + name);
      }
      Reader reader =
          new InputStreamReader(
              in,
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT));
      Properties properties = new Properties();
      properties.load(reader);
      Map<String, String> entries = new java.util.HashMap<>();
      for (String key : properties.stringPropertyNames()) {
        entries.put(key, properties.getProperty(key).strip());
      }
      checkComplete(name, entries);
      return Map.copyOf(entries);
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("Bundled resource " + name + " is not valid UTF-8", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read bundled resource " + name, e);
    }
  }

  private static void checkComplete(String name, Map<String, String> entries) {
    require(name, entries, MARK_KEY);
    for (DisclosureKind kind : DisclosureKind.values()) {
      require(name, entries, textKey(kind));
      require(name, entries, shortKey(kind));
    }
  }

  private static void require(String name, Map<String, String> entries, String key) {
    String value = entries.get(key);
    if (value == null || value.isEmpty()) {
      throw new IllegalStateException("Bundled resource " + name + " lacks " + key);
    }
  }

  static String textKey(DisclosureKind kind) {
    return kind.resourceKey() + ".text";
  }

  static String shortKey(DisclosureKind kind) {
    return kind.resourceKey() + ".short";
  }
}
