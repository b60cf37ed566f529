package dev.candor.core.internal.write;

import dev.candor.core.ProvenanceException;
import dev.candor.core.asset.AssetSource;
import dev.candor.core.asset.ByteRange;
import dev.candor.core.asset.EmbedPlan;
import dev.candor.core.asset.PreparedStore;
import dev.candor.core.internal.crypto.Digests;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.List;

/**
 * Carries out an {@link EmbedPlan}: hashes every piece but the slot, has the store signed, writes the
 * output. To a stream it reads the input twice (hash, then copy); to an array or a file it writes
 * once, hashing as it writes, then patches the reserved store in place (C2PA 2.2 §10.4 step 8).
 */
public final class EmbedWriter {
  private static final int CHUNK = 1 << 16;

  private EmbedWriter() {}

  /** The hard-binding exclusion of a slot written at {@code slotAt}; none without a slot (-1). */
  private static List<ByteRange> exclusions(long slotAt, EmbedPlan plan, PreparedStore store) {
    return slotAt < 0
        ? List.of()
        : List.of(new ByteRange(slotAt, plan.framing().framedLength(store.length())));
  }

  private static long length(EmbedPlan.Piece p) {
    if (p instanceof EmbedPlan.Copy c) {
      return c.length();
    }
    if (p instanceof EmbedPlan.Insert i) {
      return i.bytes().length;
    }
    return 0;
  }

  /** Hashes the plan's output minus the slot, signs, and writes the output to {@code out}. */
  public static byte[] toStream(EmbedPlan plan, AssetSource in, PreparedStore store, OutputStream out)
      throws ProvenanceException, IOException {
    MessageDigest md = digest(store.hashAlgorithm());
    OutputStream discard = OutputStream.nullOutputStream();
    List<EmbedPlan.Piece> pieces = plan.resolve(store.length());
    long offset = 0;
    long slotAt = -1;
    for (EmbedPlan.Piece p : pieces) {
      if (p instanceof EmbedPlan.Slot) {
        slotAt = offset;
      } else {
        emit(p, in, discard, md);
        offset += length(p);
      }
    }
    byte[] signed = store.finish(md.digest(), exclusions(slotAt, plan, store));
    for (EmbedPlan.Piece p : pieces) {
      if (p instanceof EmbedPlan.Slot) {
        frame(plan, signed, out);
      } else {
        emit(p, in, out, null);
      }
    }
    return signed;
  }

  /**
   * Writes the output to {@code file} (which should be a fresh temporary file) in one pass, hashing
   * as it goes, then patches the signed store into the reserved slot.
   */
  public static byte[] toFile(EmbedPlan plan, AssetSource in, PreparedStore store, Path file)
      throws ProvenanceException, IOException {
    MessageDigest md = digest(store.hashAlgorithm());
    long slotAt = -1;
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      AlignedChannelWriter out = new AlignedChannelWriter(ch);
      for (EmbedPlan.Piece p : plan.resolve(store.length())) {
        if (p instanceof EmbedPlan.Slot) {
          slotAt = out.position();
          frame(plan, store.placeholder(), out);
        } else if (p instanceof EmbedPlan.Copy c) {
          out.copy(in, c.offset(), c.length(), md);
        } else if (p instanceof EmbedPlan.Insert i) {
          md.update(i.bytes());
          out.write(i.bytes());
        }
      }
      out.flush();
      byte[] signed = store.finish(md.digest(), exclusions(slotAt, plan, store));
      ByteArrayOutputStream framed = new ByteArrayOutputStream();
      frame(plan, signed, framed);
      ByteBuffer bb = ByteBuffer.wrap(framed.toByteArray());
      long pos = slotAt;
      while (bb.hasRemaining()) {
        pos += ch.write(bb, pos);
      }
      ch.force(true);
      return signed;
    }
  }

  /** A labelled asset in memory and the store signed into it. */
  public record Embedded(byte[] asset, byte[] store) {}

  /**
   * Writes the output into one new array in one pass: each piece is copied into place once and
   * hashed from there while it is in cache, then the signed store is framed into the reserved slot.
   *
   * @throws ProvenanceException when the output would not fit in an array, or signing fails
   */
  public static Embedded toArray(EmbedPlan plan, AssetSource in, PreparedStore store)
      throws ProvenanceException, IOException {
    List<EmbedPlan.Piece> pieces = plan.resolve(store.length());
    long total = 0;
    for (EmbedPlan.Piece p : pieces) {
      total += p instanceof EmbedPlan.Slot ? plan.framing().framedLength(store.length()) : length(p);
    }
    if (total > Integer.MAX_VALUE - 8) {
      throw new ProvenanceException(
          "the labelled asset would have " + total + " bytes, too many for memory; label a file");
    }
    byte[] out = new byte[(int) total];
    MessageDigest md = digest(store.hashAlgorithm());
    int slotAt = -1;
    int offset = 0;
    for (EmbedPlan.Piece p : pieces) {
      if (p instanceof EmbedPlan.Slot) {
        slotAt = offset;
        offset += (int) frame(plan, store.placeholder(), new ArrayStream(out, offset));
      } else if (p instanceof EmbedPlan.Insert i) {
        byte[] b = i.bytes();
        System.arraycopy(b, 0, out, offset, b.length);
        md.update(b);
        offset += b.length;
      } else if (p instanceof EmbedPlan.Copy c) {
        long pos = c.offset();
        long left = c.length();
        while (left > 0) {
          int n = (int) Math.min(CHUNK, left);
          in.readFully(pos, out, offset, n);
          md.update(out, offset, n);
          offset += n;
          pos += n;
          left -= n;
        }
      }
    }
    byte[] signed = store.finish(md.digest(), exclusions(slotAt, plan, store));
    if (slotAt >= 0) {
      frame(plan, signed, new ArrayStream(out, slotAt));
    }
    return new Embedded(out, signed);
  }

  private static long frame(EmbedPlan plan, byte[] store, OutputStream out) throws IOException {
    long expected = plan.framing().framedLength(store.length);
    CountingStream c = new CountingStream(out);
    plan.framing().write(store, c);
    if (c.count != expected) {
      throw new IllegalStateException(
          "framing wrote " + c.count + " bytes but declared " + expected);
    }
    return expected;
  }

  private static void emit(EmbedPlan.Piece p, AssetSource in, OutputStream out, MessageDigest md)
      throws IOException {
    if (p instanceof EmbedPlan.Insert i) {
      byte[] b = i.bytes();
      if (md != null) {
        md.update(b);
      }
      out.write(b);
    } else if (p instanceof EmbedPlan.Copy c) {
      byte[] buf = new byte[(int) Math.min(CHUNK, Math.max(1, c.length()))];
      long pos = c.offset();
      long left = c.length();
      while (left > 0) {
        int n = (int) Math.min(buf.length, left);
        in.readFully(pos, buf, 0, n);
        if (md != null) {
          md.update(buf, 0, n);
        }
        out.write(buf, 0, n);
        pos += n;
        left -= n;
      }
    }
  }

  static MessageDigest digest(String alg) {
    return Digests.newDigest(alg);
  }

  private static final class CountingStream extends OutputStream {
    private final OutputStream out;
    long count;

    CountingStream(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }

  /** Writes into an array from a position on; the caller has sized the array. */
  private static final class ArrayStream extends OutputStream {
    private final byte[] out;
    private int at;

    ArrayStream(byte[] out, int at) {
      this.out = out;
      this.at = at;
    }

    @Override
    public void write(int b) {
      out[at++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      System.arraycopy(b, off, out, at, len);
      at += len;
    }
  }
}
