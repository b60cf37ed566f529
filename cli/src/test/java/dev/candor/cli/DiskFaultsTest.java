package dev.candor.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch under a full disk and a read-only output file system, on a real small tmpfs (needs
 * root and mount; skipped where the sandbox refuses): clear per-file failures, exit 1, every
 * output either complete and VALID or absent, no temporary files, inputs unchanged.
 */
class DiskFaultsTest {
  @TempDir Path home;
  @TempDir Path in;
  @TempDir Path mountPoint;
  private boolean mounted;

  static int sh(String... cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
  }

  void mount(String options) throws Exception {
    mounted = sh("mount", "-t", "tmpfs", "-o", options, "tmpfs", mountPoint.toString()) == 0;
    Assumptions.assumeTrue(mounted, "cannot mount a tmpfs here (not root, or no mount permission)");
  }

  @AfterEach
  void unmount() throws Exception {
    if (mounted) {
      sh("umount", mountPoint.toString());
    }
  }

  List<Path> inputs(int n) throws Exception {
    List<Path> l = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      l.add(Cli.image(in.resolve(String.format("img%02d.jpg", i)), "jpg", i));
    }
    return l;
  }

  @Test
  void label_diskFillsUp_failuresReportedCompleteOutputsValidNoPartials() throws Exception {
    mount("size=64k");
    List<Path> files = inputs(40);
    List<byte[]> before = new ArrayList<>();
    for (Path f : files) {
      before.add(Files.readAllBytes(f));
    }
    Path out = mountPoint.resolve("out");
    Cli cli = new Cli(home);
    Cli.Result r = cli.run("label", "--no-visible-label", in.toString(), "-o", out.toString());
    assertEquals(1, r.status(), r.toString());
    assertTrue(r.err().contains("No space left on device"), r.err());
    try (Stream<Path> s = Files.list(out)) {
      List<Path> written = s.toList();
      assertTrue(written.stream().noneMatch(p -> p.getFileName().toString().endsWith(".part")), written.toString());
      assertTrue(written.size() < 40, "the disk must have filled: " + written.size());
      if (!written.isEmpty()) {
        Cli.Result v = cli.run("verify", "--json", out.toString());
        v.jsonLines().forEach(j -> assertEquals("VALID", j.get("state").asText(), j.toString()));
      }
    }
    for (int i = 0; i < files.size(); i++) {
      assertArrayEquals(before.get(i), Files.readAllBytes(files.get(i)));
    }
  }

  @Test
  void label_readOnlyOutput_eachFileFailsClearlyNothingWritten() throws Exception {
    mount("size=1m");
    Files.createDirectories(mountPoint.resolve("out"));
    Assumptions.assumeTrue(sh("mount", "-o", "remount,ro", mountPoint.toString()) == 0);
    inputs(3);
    Cli.Result r = new Cli(home).run("label", in.toString(), "-o", mountPoint.resolve("out").toString());
    assertTrue(r.status() != 0, r.toString());
    assertTrue(r.err().contains("Read-only file system"), r.err());
    try (Stream<Path> s = Files.list(mountPoint.resolve("out"))) {
      assertEquals(0, s.count());
    }
  }
}
