package dev.candor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectAndKeysTest {
  @TempDir Path tmp;
  Cli cli;

  @BeforeEach
  void setUp() {
    cli = new Cli(tmp.resolve("home"));
  }

  @Test
  void inspect_labelledJpeg_printsStoreAsJson() throws Exception {
    Path src = Cli.image(tmp.resolve("a.jpg"), "jpg", 1);
    Path out = tmp.resolve("out.jpg");
    assertEquals(
        0,
        cli.run("label", "--model", "Example Diffusion", src.toString(), "-o", out.toString())
            .status());
    Cli.Result r = cli.run("inspect", out.toString());
    assertEquals(0, r.status(), r.toString());
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertEquals("VALID", doc.get("verification").get("state").asText());
    assertEquals(1, doc.get("stores").asInt());
    JsonNode manifest = doc.get("manifestStore").get("manifests").get(0);
    assertEquals("a.jpg", manifest.get("claim").get("dc:title").asText());
    assertEquals("ES256", manifest.get("signature").get("alg").asText());
    assertTrue(manifest.get("assertions").toString().contains("Example Diffusion"), r.out());
  }

  @Test
  void inspect_plainFile_noStoreExitOne() throws Exception {
    Path src = Cli.image(tmp.resolve("a.png"), "png", 2);
    Cli.Result r = cli.run("inspect", src.toString());
    assertEquals(1, r.status(), r.toString());
    assertTrue(new ObjectMapper().readTree(r.out()).get("manifestStore").isNull());
  }

  @Test
  void keysInit_dir_writesContractFiles() throws Exception {
    Path dir = tmp.resolve("keys");
    Cli.Result r = cli.run("keys", "init", "--dir", dir.toString());
    assertEquals(0, r.status(), r.toString());
    assertTrue(r.err().contains("DEVELOPMENT KEYS"), r.err());
    assertFalse(r.out().contains("PRIVATE KEY") || r.err().contains("PRIVATE KEY"));
    assertTrue(
        Files.readString(dir.resolve("signer.key")).startsWith("-----BEGIN PRIVATE KEY-----"));
    CertificateFactory cf = CertificateFactory.getInstance("X.509");
    List<X509Certificate> chain;
    try (var in = Files.newInputStream(dir.resolve("chain.pem"))) {
      chain = cf.generateCertificates(in).stream().map(c -> (X509Certificate) c).toList();
    }
    X509Certificate root;
    try (var in = Files.newInputStream(dir.resolve("root.pem"))) {
      root = (X509Certificate) cf.generateCertificate(in);
    }
    assertTrue(chain.get(0).getSubjectX500Principal().getName().contains("Signer"));
    assertEquals(
        root.getSubjectX500Principal(), chain.get(chain.size() - 1).getIssuerX500Principal());
    byte[] before = Files.readAllBytes(dir.resolve("signer.key"));
    assertEquals(0, cli.run("keys", "init", "--dir", dir.toString()).status());
    assertTrue(
        java.util.Arrays.equals(before, Files.readAllBytes(dir.resolve("signer.key"))),
        "existing keys are kept");
    assertEquals(0, cli.run("keys", "init", "--dir", dir.toString(), "--force").status());
    assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(dir.resolve("signer.key"))));
  }

  @Test
  void keysInit_default_usesCandorHome() throws Exception {
    Cli.Result r = cli.run("keys", "init");
    assertEquals(0, r.status(), r.toString());
    assertTrue(Files.isRegularFile(tmp.resolve("home/dev-keys/chain.pem")));
  }

  @Test
  void main_helpVersionAndNoCommand() {
    assertEquals(0, cli.run("--help").status());
    assertEquals(0, cli.run("label", "--help").status());
    assertTrue(cli.run("verify", "--help").out().contains("--trust"));
    assertTrue(cli.run("--version").out().startsWith("candor "));
    assertEquals(2, cli.run().status());
    assertEquals(2, cli.run("frobnicate").status());
    assertEquals(2, cli.run("keys").status());
  }
}
