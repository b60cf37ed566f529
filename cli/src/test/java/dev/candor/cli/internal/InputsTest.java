package dev.candor.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
  @TempDir Path tmp;

  private void touch(String... names) throws Exception {
    for (String n : names) {
      Path p = tmp.resolve(n);
      Files.createDirectories(p.getParent());
      Files.writeString(p, n);
    }
  }

  private static List<String> relative(List<InputFile> files) {
    return files.stream().map(f -> f.relative().toString()).toList();
  }

  @Test
  void expand_folderNotRecursive_directFilesSortedWithoutHidden() throws Exception {
    touch("b.jpg", "a.txt", ".hidden.jpg", ".a.jpg.123.part", "sub/c.png");
    List<InputFile> files =
        new Inputs(false, List.of(), List.of(), p -> false).expand(List.of(tmp));
    assertEquals(List.of("a.txt", "b.jpg"), relative(files));
  }

  @Test
  void expand_recursiveWithGlobs_filtersByNameAndRelativePath() throws Exception {
    touch("a.jpg", "sub/b.jpg", "sub/c.txt", "other/d.jpg", ".git/e.jpg");
    Inputs inputs = new Inputs(true, List.of("*.jpg"), List.of("other/**"), p -> false);
    assertEquals(List.of("a.jpg", "sub/b.jpg"), relative(inputs.expand(List.of(tmp))));
  }

  @Test
  void expand_ignoredPredicateAndNamedFiles_namedFilesAlwaysKept() throws Exception {
    touch("a.jpg", "a.labelled.jpg");
    Inputs inputs =
        new Inputs(
            false,
            List.of("*.png"),
            List.of(),
            p -> p.getFileName().toString().contains(".labelled"));
    assertEquals(List.of(), inputs.expand(List.of(tmp)));
    Path named = tmp.resolve("a.labelled.jpg");
    List<InputFile> files = inputs.expand(List.of(named, tmp.resolve("missing.jpg")));
    assertEquals(
        List.of(named, tmp.resolve("missing.jpg")), files.stream().map(InputFile::path).toList());
  }
}
