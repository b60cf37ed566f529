package dev.candor.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH JSON results ({@code -rf json}) into a Markdown table: each operation's median beside
 * the baseline of the same class and parameters, their ratio and difference, and the allocation per
 * operation when {@code -prof gc} ran. A method {@code fooBar} is compared with {@code baselineBar}
 * when that exists, else with {@code baseline}.
 */
public final class RatioTable {
  private RatioTable() {}

  private record Row(
      String cls,
      String method,
      String params,
      double median,
      double error,
      String unit,
      Double allocBytes) {}

  /** Prints the table for the JSON files named (default benchmarks/target/jmh.json). */
  public static void main(String[] args) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String f : args.length > 0 ? args : new String[] {"benchmarks/target/jmh.json"}) {
      rows.addAll(read(Path.of(f)));
    }
    Map<String, Row> byKey = new LinkedHashMap<>();
    rows.forEach(r -> byKey.put(key(r.cls, r.method, r.params), r));
    System.out.println(
        "| benchmark | params | input | median | ± | baseline | ratio | difference | alloc/op |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    for (Row r : rows) {
      if (r.method.startsWith("baseline")) {
        continue;
      }
      Row base = byKey.get(key(r.cls, "baseline" + tail(r.method), r.params));
      if (base == null) {
        base = byKey.get(key(r.cls, "baseline", r.params));
      }
      String ratio =
          base == null ? "" : String.format(Locale.ROOT, "%.2fx", r.median / base.median);
      String diff = base == null ? "" : fmt(r.median - base.median) + " " + r.unit;
      System.out.printf(
          Locale.ROOT,
          "| %s.%s | %s | %s | %s %s | %s | %s | %s | %s | %s |%n",
          r.cls,
          r.method,
          r.params,
          inputSize(r.params),
          fmt(r.median),
          r.unit,
          fmt(r.error),
          base == null ? "" : fmt(base.median) + " " + base.unit,
          ratio,
          diff,
          r.allocBytes == null ? "" : bytes(r.allocBytes));
    }
  }

  private static List<Row> read(Path json) throws IOException {
    List<Row> out = new ArrayList<>();
    for (JsonNode b : new ObjectMapper().readTree(Files.readString(json))) {
      String full = b.get("benchmark").asText();
      int dot = full.lastIndexOf('.');
      String cls = full.substring(full.lastIndexOf('.', dot - 1) + 1, dot);
      StringBuilder params = new StringBuilder();
      JsonNode p = b.get("params");
      if (p != null) {
        for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          params.append(params.length() == 0 ? "" : ",").append(e.getValue().asText());
        }
      }
      JsonNode m = b.get("primaryMetric");
      JsonNode alloc = b.path("secondaryMetrics").path("gc.alloc.rate.norm");
      out.add(
          new Row(
              cls,
              full.substring(dot + 1),
              params.toString(),
              m.path("scorePercentiles").path("50.0").asDouble(m.get("score").asDouble()),
              m.path("scoreError").asDouble(Double.NaN),
              m.get("scoreUnit").asText(),
              alloc.isMissingNode() ? null : alloc.get("score").asDouble()));
    }
    return out;
  }

  private static String key(String cls, String method, String params) {
    return cls + "#" + method + "#" + params;
  }

  /** The last capitalised word of a method name ("labelFile" gives "File"), or "". */
  private static String tail(String method) {
    for (int i = method.length() - 1; i > 0; i--) {
      if (Character.isUpperCase(method.charAt(i))) {
        return method.substring(i);
      }
    }
    return "";
  }

  private static String inputSize(String params) {
    for (Inputs in : Inputs.values()) {
      if (params.equals(in.name())) {
        Path f = Inputs.dir().resolve(in.fileName());
        try {
          return Files.exists(f) ? bytes(Files.size(f)) : "";
        } catch (IOException e) {
          return "";
        }
      }
    }
    return "";
  }

  private static String fmt(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    double a = Math.abs(v);
    return String.format(
        Locale.ROOT, a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f", v);
  }

  private static String bytes(double b) {
    if (b >= 1 << 20) {
      return String.format(Locale.ROOT, "%.2f MB", b / (1 << 20));
    }
    if (b >= 1 << 10) {
      return String.format(Locale.ROOT, "%.1f KB", b / (1 << 10));
    }
    return String.format(Locale.ROOT, "%.0f B", b);
  }
}
