package dev.candor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/** Runs {@code candor} in-process with captured streams and an isolated CANDOR_HOME. */
final class Cli {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, String> env;

  Cli(Path home) {
    this(home, Map.of());
  }

  /** With further environment variables besides CANDOR_HOME. */
  Cli(Path home, Map<String, String> more) {
    Map<String, String> e = new java.util.HashMap<>(more);
    e.put("CANDOR_HOME", home.toString());
    this.env = Map.copyOf(e);
  }

  /** What a run printed and returned. */
  record Result(int status, byte[] stdout, String err) {
    String out() {
      return new String(stdout, StandardCharsets.UTF_8);
    }

    /** Each stdout line parsed as JSON. */
    List<JsonNode> jsonLines() {
      List<JsonNode> l = new ArrayList<>();
      for (String line : out().split("\n")) {
        if (!line.isBlank()) {
          try {
            l.add(JSON.readTree(line));
          } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + line, e);
          }
        }
      }
      return l;
    }

    @Override
    public String toString() {
      return "status " + status + "\nstdout:\n" + out() + "\nstderr:\n" + err;
    }
  }

  Result run(String... args) {
    return runWithStdin(new byte[0], args);
  }

  Result runWithStdin(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Main main =
        new Main(
            new ByteArrayInputStream(stdin),
            new PrintStream(out, true),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env,
            WatermarkLayer.fromEnvironment(env),
            false);
    int status = Main.run(main, args);
    return new Result(status, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  /** A small gradient image with a few shapes, as JPEG ("jpg") or PNG ("png"). */
  static Path image(Path file, String format, int seed) throws IOException {
    BufferedImage img = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setPaint(
        new GradientPaint(
            0,
            0,
            new Color(seed * 37 % 256, 120, 200),
            160,
            120,
            new Color(250, seed * 91 % 256, 80)));
    g.fillRect(0, 0, 160, 120);
    g.setColor(Color.WHITE);
    g.fillOval(20 + seed % 50, 30, 50, 40);
    g.dispose();
    Files.createDirectories(file.toAbsolutePath().getParent());
    if (!ImageIO.write(img, format, file.toFile())) {
      throw new IllegalStateException("no ImageIO writer for " + format);
    }
    return file;
  }

  static Path text(Path file, String content) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
