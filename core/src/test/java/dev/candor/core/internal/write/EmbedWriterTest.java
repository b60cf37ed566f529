package dev.candor.core.internal.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.candor.core.asset.AssetSource;
import dev.candor.core.asset.ByteRange;
import dev.candor.core.asset.EmbedPlan;
import dev.candor.core.asset.PreparedStore;
import dev.candor.core.asset.StoreFraming;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbedWriterTest {
  /** Frames a store as a 2-byte big-endian length then the store. */
  private static final StoreFraming LENGTH_PREFIXED =
      new StoreFraming() {
        @Override
        public long framedLength(int storeLength) {
          return storeLength + 2L;
        }

        @Override
        public void write(byte[] store, OutputStream out) throws IOException {
          out.write(store.length >> 8);
          out.write(store.length);
          out.write(store);
        }
      };

  /**
   * A store whose signed bytes are the digest it was given and the exclusion's start and length.
   */
  private static final class DigestEchoStore implements PreparedStore {
    @Override
    public int length() {
      return 48;
    }

    @Override
    public String hashAlgorithm() {
      return "SHA-256";
    }

    @Override
    public byte[] placeholder() {
      return new byte[48];
    }

    @Override
    public byte[] finish(byte[] digest, List<ByteRange> exclusions) {
      byte[] out = new byte[48];
      System.arraycopy(digest, 0, out, 0, 32);
      out[40] = (byte) exclusions.get(0).start();
      out[44] = (byte) exclusions.get(0).length();
      return out;
    }
  }

  private static byte[] input() {
    byte[] in = new byte[300_000]; // several copy chunks and a partial one
    new SplittableRandom(3).nextBytes(in);
    return in;
  }

  private static EmbedPlan plan(int size) {
    return EmbedPlan.builder("application/octet-stream")
        .copy(0, 10)
        .slot(LENGTH_PREFIXED)
        .insert(new byte[] {1, 2, 3})
        .copy(10, size - 10)
        .build();
  }

  @Test
  void toArray_sameBytesAsStreamAndFile(@TempDir Path dir) throws Exception {
    byte[] in = input();
    EmbedPlan plan = plan(in.length);

    EmbedWriter.Embedded array =
        EmbedWriter.toArray(plan, AssetSource.of(in), new DigestEchoStore());
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    byte[] streamStore =
        EmbedWriter.toStream(plan, AssetSource.of(in), new DigestEchoStore(), stream);
    Path file = dir.resolve("out");
    byte[] fileStore = EmbedWriter.toFile(plan, AssetSource.of(in), new DigestEchoStore(), file);

    assertArrayEquals(stream.toByteArray(), array.asset());
    assertArrayEquals(Files.readAllBytes(file), array.asset());
    assertArrayEquals(streamStore, array.store());
    assertArrayEquals(fileStore, array.store());
  }

  @Test
  void toArray_digestCoversEverythingButTheSlot() throws Exception {
    byte[] in = input();
    EmbedWriter.Embedded out =
        EmbedWriter.toArray(plan(in.length), AssetSource.of(in), new DigestEchoStore());

    assertEquals(in.length + 3 + 50, out.asset().length);
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    md.update(out.asset(), 0, 10);
    md.update(out.asset(), 60, out.asset().length - 60);
    byte[] expected = md.digest();
    byte[] signedDigest = new byte[32];
    System.arraycopy(out.store(), 0, signedDigest, 0, 32);
    assertArrayEquals(expected, signedDigest);
    assertEquals(10, out.store()[40]); // exclusion starts at the slot
    assertEquals(50, out.store()[44]); // and spans the framed store
    assertEquals(48, out.asset()[11]); // the signed store's length prefix is in place
  }
}
