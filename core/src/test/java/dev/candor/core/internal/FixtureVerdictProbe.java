package dev.candor.core.internal;

import dev.candor.core.Provenance;
import dev.candor.core.ValidationReport;
import dev.candor.core.VerifyOptions;
import dev.candor.core.asset.AssetSource;
import dev.candor.core.testkit.Fixtures;
import dev.candor.core.testkit.JpegStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FixtureVerdictProbe {
  @Test
  void print() throws Exception {
    Path root = Fixtures.root();
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(root));
    try (Stream<Path> s = Stream.concat(Files.list(root.resolve("c2pa-rs")), Files.list(root.resolve("c2pa-rs-extra")))) {
      for (Path p : s.filter(x -> x.toString().endsWith(".jpg")).sorted().toList()) {
        try {
          ValidationReport r = Provenance.verify(new JpegStores(), AssetSource.of(Files.readAllBytes(p)), VerifyOptions.defaults());
          System.out.println(p.getFileName() + " => " + (r.hasManifest() ? r : "NO MANIFEST"));
        } catch (Exception e) {
          System.out.println(p.getFileName() + " => EXC " + e);
        }
      }
    }
  }
}
