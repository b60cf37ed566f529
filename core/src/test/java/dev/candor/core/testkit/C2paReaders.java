package dev.candor.core.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Asks the real C2PA readers what they make of a file: c2pa-rs (the reference implementation,
 * through {@code @contentauth/c2pa-node} and {@code @contentauth/c2pa-wasm}) and the independent
 * {@code @trustnxt/c2pa-ts}, all installed by {@code npm ci} in {@code .ci/interop}.
 *
 * <p>Every read is offline (no OCSP, no remote manifests). With a trust PEM its certificates are
 * the only trust anchors, so a file signed by a chain to them comes back {@code TRUSTED}; without,
 * a sound file is {@code VALID} and carries {@code signingCredential.untrusted}.
 *
 * <pre>{@code
 * C2paReaders.assumeAvailable();
 * ReaderVerdict v = C2paReaders.verify(Reader.NODE, signedJpeg, "image/jpeg", null);
 * assertEquals(ReaderVerdict.State.VALID, v.state(), v.toString());
 * }</pre>
 *
 * <p>The Node process is started on first use and kept for the JVM's lifetime; calls are
 * serialised. Locating: system property {@code candor.root} (the multi-module root, set by the
 * parent POM), else the nearest ancestor of the working directory holding {@code .ci/interop};
 * system property {@code candor.node} names the Node executable (default {@code node}).
 */
public final class C2paReaders {
  /** The readers the bridge can ask. */
  public enum Reader {
    /** c2pa-rs 0.90.1, native Node binding ({@code @contentauth/c2pa-node} 0.8.0). */
    NODE("node"),
    /** c2pa-rs 0.92.0 in WebAssembly ({@code @contentauth/c2pa-wasm} 0.15.0). */
    WASM("wasm"),
    /** The independent TypeScript implementation ({@code @trustnxt/c2pa-ts} 0.9.4). */
    TS("ts");

    private final String flag;

    Reader(String flag) {
      this.flag = flag;
    }

    /** The value of {@code verify.mjs --reader}. */
    public String flag() {
      return flag;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] REQUIRED_PACKAGES = {
    "@contentauth/c2pa-node/dist/index.node",
    "@contentauth/c2pa-wasm/pkg/c2pa_bg.wasm",
    "@trustnxt/c2pa-ts/package.json",
  };

  private static Boolean available;
  private static NodeBatchProcess batch;

  private C2paReaders() {}

  /** The {@code .ci/interop} directory of this checkout (whether or not it is installed). */
  public static Path interopDir() {
    String root = System.getProperty("candor.root");
    if (root != null && !root.isBlank()) {
      return Paths.get(root).toAbsolutePath().normalize().resolve(".ci/interop");
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(".ci/interop"))) {
        return dir.resolve(".ci/interop");
      }
    }
    return Paths.get("").toAbsolutePath().resolve(".ci/interop");
  }

  /** Whether the three readers are installed and Node runs; checked once per JVM. */
  public static synchronized boolean available() {
    if (available == null) {
      available = probe();
    }
    return available;
  }

  /**
   * Skips the calling test when the readers are not installed, except on CI (environment variable
   * {@code CI=true}), where a missing install fails the test: CI never skips interop.
   */
  public static void assumeAvailable() {
    if (available()) {
      return;
    }
    String message =
        "C2PA interop readers not installed: run `npm ci` in " + interopDir() + " (Node 20+)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail(message + " [CI=true: interop tests must not be skipped]");
    }
    Assumptions.abort(message);
  }

  /**
   * Reads an asset with one reader.
   *
   * @param reader which implementation judges
   * @param file the asset
   * @param mime its media type, e.g. {@code image/jpeg} (c2pa-rs picks its parser by it)
   * @param trustPemOrNull PEM file of trust anchors, or null for none
   * @return the verdict; a refusal by the reader is a verdict with state {@code ERROR}
   * @throws IllegalStateException when the bridge itself fails (not installed, crashed)
   */
  public static ReaderVerdict verify(Reader reader, Path file, String mime, Path trustPemOrNull) {
    Objects.requireNonNull(reader, "reader");
    ObjectNode request = request(file, mime, trustPemOrNull);
    request.put("reader", reader.flag());
    return batch().ask(request);
  }

  /**
   * Reads an asset with every reader, in {@link Reader} order.
   *
   * @see #verify(Reader, Path, String, Path)
   */
  public static Map<Reader, ReaderVerdict> verifyAll(Path file, String mime, Path trustPemOrNull) {
    Map<Reader, ReaderVerdict> verdicts = new EnumMap<>(Reader.class);
    for (Reader reader : Reader.values()) {
      verdicts.put(reader, verify(reader, file, mime, trustPemOrNull));
    }
    return verdicts;
  }

  /**
   * Validates a bare manifest store (a {@code .c2pa} side-car) against the asset it is bound to,
   * with c2pa-rs's {@code Reader::from_manifest_data_and_stream} (c2pa-node).
   *
   * @param store the raw JUMBF manifest store
   * @param asset the asset the store describes
   * @param mime the asset's media type
   * @param trustPemOrNull PEM file of trust anchors, or null for none
   * @throws IllegalStateException when the bridge itself fails
   */
  public static ReaderVerdict verifySidecar(
      Path store, Path asset, String mime, Path trustPemOrNull) {
    return verifySidecar(Reader.NODE, store, asset, mime, trustPemOrNull);
  }

  /**
   * Validates a side-car store against its asset with the given reader. {@code NODE} and {@code TS}
   * can; {@code WASM} has no side-car reader and answers state {@code ERROR}.
   *
   * @see #verifySidecar(Path, Path, String, Path)
   */
  public static ReaderVerdict verifySidecar(
      Reader reader, Path store, Path asset, String mime, Path trustPemOrNull) {
    Objects.requireNonNull(reader, "reader");
    ObjectNode request = request(asset, mime, trustPemOrNull);
    request.put("reader", reader.flag());
    request.put("sidecar", existing(store, "store").toString());
    return batch().ask(request);
  }

  private static ObjectNode request(Path file, String mime, Path trustPemOrNull) {
    if (mime == null || mime.isBlank()) {
      throw new IllegalArgumentException("mime must name a media type");
    }
    ObjectNode request = JSON.createObjectNode();
    request.put("file", existing(file, "file").toString());
    request.put("mime", mime);
    if (trustPemOrNull != null) {
      request.put("trust", existing(trustPemOrNull, "trustPemOrNull").toString());
    }
    return request;
  }

  private static Path existing(Path path, String name) {
    Objects.requireNonNull(path, name);
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException(name + " is not a readable file: " + path);
    }
    return path.toAbsolutePath();
  }

  private static synchronized NodeBatchProcess batch() {
    if (!available()) {
      throw new IllegalStateException("C2PA interop readers not installed in " + interopDir());
    }
    if (batch == null) {
      batch = new NodeBatchProcess(nodeExecutable(), interopDir().resolve("verify.mjs"));
    }
    return batch;
  }

  private static String nodeExecutable() {
    return System.getProperty("candor.node", "node");
  }

  private static boolean probe() {
    Path dir = interopDir();
    if (!Files.isRegularFile(dir.resolve("verify.mjs"))) {
      return false;
    }
    for (String file : REQUIRED_PACKAGES) {
      if (!Files.isRegularFile(dir.resolve("node_modules").resolve(file))) {
        return false;
      }
    }
    try {
      Process node =
          new ProcessBuilder(nodeExecutable(), "--version")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!node.waitFor(30, TimeUnit.SECONDS)) {
        node.destroyForcibly();
        return false;
      }
      return node.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
