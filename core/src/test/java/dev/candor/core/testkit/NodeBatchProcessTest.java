package dev.candor.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.candor.core.testkit.ReaderVerdict.State;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch protocol against a scripted stand-in for verify.mjs that misbehaves on request. */
class NodeBatchProcessTest {
  /** Answers NoManifest; "file" picks a misbehaviour: stray output, wrong id, or dying. */
  private static final String FAKE_SCRIPT =
      """
      import readline from 'node:readline';
      const lines = readline.createInterface({ input: process.stdin });
      for await (const line of lines) {
        const req = JSON.parse(line);
        if (req.file === 'die') process.exit(3);
        if (req.file === 'stray') process.stdout.write('native library says hello\\n');
        const id = req.file === 'wrong-id' ? req.id + 1 : req.id;
        process.stdout.write(JSON.stringify({ reader: 'fake', state: 'NoManifest', success: [],
          informational: [], failure: [], digitalSourceTypes: [], activeManifest: null,
          error: null, report: null, id }) + '\\n');
      }
      """;

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private NodeBatchProcess process;

  @BeforeEach
  void startFake() throws IOException {
    C2paReaders.assumeAvailable(); // needs node on PATH
    Path script = dir.resolve("fake.mjs");
    Files.writeString(script, FAKE_SCRIPT);
    process = new NodeBatchProcess(System.getProperty("candor.node", "node"), script);
  }

  @AfterEach
  void stopFake() {
    if (process != null) {
      process.stop();
    }
  }

  @Test
  void ask_twoRequests_oneProcessAnswersBoth() {
    assertEquals(State.NO_MANIFEST, process.ask(request("a")).state());
    assertEquals(State.NO_MANIFEST, process.ask(request("b")).state());
  }

  @Test
  void ask_strayOutputBeforeVerdict_skipsIt() {
    ReaderVerdict v = process.ask(request("stray"));

    assertEquals("fake", v.reader());
  }

  @Test
  void ask_answerToAnotherRequest_failsThenRecovers() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> process.ask(request("wrong-id")));
    assertTrue(e.getMessage().contains("answered request"), e.getMessage());

    assertEquals(State.NO_MANIFEST, process.ask(request("a")).state());
  }

  @Test
  void ask_processDies_failsThenRestarts() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> process.ask(request("die")));
    assertTrue(e.getMessage().contains("exited"), e.getMessage());

    assertEquals(State.NO_MANIFEST, process.ask(request("a")).state());
  }

  private static ObjectNode request(String file) {
    return JSON.createObjectNode().put("reader", "fake").put("file", file).put("mime", "x/y");
  }
}
