package dev.candor.benchmarks;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The floor every marking path is measured against: one read, one SHA-256 and one write of the same
 * bytes, in 64 KiB pieces as the library copies them.
 */
final class Baselines {
  static final int CHUNK = 1 << 16;

  private Baselines() {}

  /** SHA-256 of {@code in} plus a copy of it into a new array; returns the copy's last digest. */
  static byte[] sha256AndCopy(byte[] in) {
    MessageDigest md = sha256();
    byte[] out = new byte[in.length];
    for (int off = 0; off < in.length; off += CHUNK) {
      int n = Math.min(CHUNK, in.length - off);
      md.update(in, off, n);
      System.arraycopy(in, off, out, off, n);
    }
    byte[] d = md.digest();
    out[0] ^= d[0];
    return out;
  }

  /**
   * Reads {@code in}, hashes it and writes it to {@code out}, then forces it to disk, as the
   * library's file-to-file labelling does (one pass, durable output).
   */
  static byte[] sha256AndCopyFile(Path in, Path out) throws IOException {
    MessageDigest md = sha256();
    ByteBuffer buf = ByteBuffer.allocate(CHUNK);
    try (FileChannel src = FileChannel.open(in, StandardOpenOption.READ);
        FileChannel dst =
            FileChannel.open(
                out,
                StandardOpenOption.WRITE,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
      while (src.read(buf) >= 0) {
        buf.flip();
        md.update(buf.array(), 0, buf.limit());
        while (buf.hasRemaining()) {
          dst.write(buf);
        }
        buf.clear();
      }
      dst.force(true);
    }
    return md.digest();
  }

  /** SHA-256 of {@code in} plus one signature verification: the floor of verifying a record. */
  static boolean sha256AndVerify(byte[] in, SignatureFixture sig) throws GeneralSecurityException {
    byte[] d = sha256().digest(in);
    return sig.verify() && d.length == 32;
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
