package dev.candor.benchmarks;

import dev.candor.core.DevelopmentPki;
import dev.candor.core.DevelopmentPki.KeyType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the benchmark images and an ES256 development PKI ({@code pki/}: root.pem, chain.pem,
 * signer.key) into the inputs folder, so the c2pa-node comparison signs identical bytes with the
 * same kind of key. Run: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.candor.benchmarks.GenerateInputs [dir]}.
 */
public final class GenerateInputs {
  private GenerateInputs() {}

  /** Makes every missing input and a fresh PKI; prints one line per file. */
  public static void main(String[] args) throws IOException {
    if (args.length > 0) {
      System.setProperty(Inputs.DIR_PROPERTY, args[0]);
    }
    for (Inputs in : Inputs.values()) {
      Path f = in.file();
      System.out.printf("%-16s %-10s %,12d bytes%n", in.fileName(), in.mediaType(), Files.size(f));
    }
    Path pki = Inputs.dir().resolve("pki");
    DevelopmentPki.create(KeyType.EC_P256).writeTo(pki, true);
    System.out.println("pki              " + pki);
  }
}
