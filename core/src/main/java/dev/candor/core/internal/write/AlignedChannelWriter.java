package dev.candor.core.internal.write;

import dev.candor.core.asset.AssetSource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;

/**
 * Writes a new file front to back in whole, page-aligned blocks: bytes gather in one buffer and go
 * to the channel only as full blocks (and a last partial one). A write that starts or ends inside a
 * page costs the file system a partial-page update; after a 30-byte header, every later 64 KiB
 * write would straddle pages, which measured 50 % slower on ext4 than aligned writes of the same
 * bytes. Input copied from an {@link AssetSource} is read straight into the buffer and hashed
 * there, so each byte is copied once.
 */
final class AlignedChannelWriter extends OutputStream {
  private static final int BLOCK = 1 << 16;

  private final FileChannel channel;
  private final byte[] buf = new byte[BLOCK];
  private int fill;
  private long written;

  AlignedChannelWriter(FileChannel channel) {
    this.channel = channel;
  }

  /** Bytes accepted so far (written or buffered). */
  long position() {
    return written + fill;
  }

  /** Copies {@code len} bytes of {@code in} from {@code pos}, hashing them into {@code md}. */
  void copy(AssetSource in, long pos, long len, MessageDigest md) throws IOException {
    long p = pos;
    long left = len;
    while (left > 0) {
      int n = (int) Math.min(BLOCK - fill, left);
      in.readFully(p, buf, fill, n);
      md.update(buf, fill, n);
      fill += n;
      p += n;
      left -= n;
      if (fill == BLOCK) {
        drain();
      }
    }
  }

  @Override
  public void write(int b) throws IOException {
    buf[fill++] = (byte) b;
    if (fill == BLOCK) {
      drain();
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    while (len > 0) {
      int n = Math.min(BLOCK - fill, len);
      System.arraycopy(b, off, buf, fill, n);
      fill += n;
      off += n;
      len -= n;
      if (fill == BLOCK) {
        drain();
      }
    }
  }

  /** Writes what is buffered; call once at the end (a partial block is only ever the last one). */
  @Override
  public void flush() throws IOException {
    drain();
  }

  private void drain() throws IOException {
    ByteBuffer bb = ByteBuffer.wrap(buf, 0, fill);
    while (bb.hasRemaining()) {
      channel.write(bb);
    }
    written += fill;
    fill = 0;
  }
}
