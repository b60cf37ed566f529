package dev.candor.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
  @TempDir Path tmp;

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void write_failingContent_leavesTargetAsItWasAndNoTemporaryFile() throws Exception {
    Path target = Files.write(tmp.resolve("a.jpg"), new byte[] {1, 2, 3});
    assertThrows(
        IOException.class,
        () ->
            AtomicOutput.write(
                target,
                out -> {
                  out.write(new byte[1000]);
                  throw new IOException("disk on fire");
                }));
    assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
    assertEquals(List.of("a.jpg"), names());
  }

  @Test
  void write_success_replacesTargetWithPermissionsOfSource() throws Exception {
    Path source = Files.write(tmp.resolve("in.jpg"), new byte[] {9});
    Files.setPosixFilePermissions(source, PosixFilePermissions.fromString("rw-r-----"));
    Path target = tmp.resolve("sub/out.jpg");
    AtomicOutput.write(target, source, out -> out.write(new byte[] {4, 5}));
    assertArrayEquals(new byte[] {4, 5}, Files.readAllBytes(target));
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
  }

  @Test
  void removeStaleParts_onlyThatTargetsParts() throws Exception {
    Files.write(tmp.resolve(".a.jpg.111.part"), new byte[1]);
    Files.write(tmp.resolve(".a.jpg.222.part"), new byte[1]);
    Files.write(tmp.resolve(".b.jpg.333.part"), new byte[1]);
    Files.write(tmp.resolve("a.jpg"), new byte[1]);
    assertEquals(2, AtomicOutput.removeStaleParts(tmp.resolve("a.jpg")));
    assertEquals(List.of(".b.jpg.333.part", "a.jpg"), names());
  }
}
