package dev.candor.core.asset;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Random read access to the bytes of an asset, from memory or a file. Never modifies the asset.
 *
 * <p>Readers check every declared length against {@link #size()} before allocating.
 */
public interface AssetSource extends Closeable {

  /** The total number of bytes. */
  long size();

  /**
   * Reads exactly {@code len} bytes at {@code position}.
   *
   * @throws EOFException when the range runs past the end
   * @throws IOException when the underlying file cannot be read
   */
  void readFully(long position, byte[] dst, int off, int len) throws IOException;

  /** Reads {@code len} bytes at {@code position} into a new array, checking the range first. */
  default byte[] read(long position, int len) throws IOException {
    if (position < 0 || len < 0 || position > size() || len > size() - position) {
      throw new EOFException(
          "range " + position + "+" + len + " runs past the end of the asset (" + size() + " bytes)");
    }
    byte[] b = new byte[len];
    readFully(position, b, 0, len);
    return b;
  }

  /**
   * Feeds the {@code len} bytes at {@code position} to {@code md}. The default reads them through a
   * buffer; a source in memory hands its array to the digest without a copy.
   *
   * @throws EOFException when the range runs past the end
   * @throws IOException when the underlying file cannot be read
   */
  default void digest(java.security.MessageDigest md, long position, long len) throws IOException {
    if (position < 0 || len < 0 || position > size() || len > size() - position) {
      throw new EOFException(
          "range " + position + "+" + len + " runs past the end of the asset (" + size() + " bytes)");
    }
    byte[] buf = new byte[(int) Math.min(1 << 16, Math.max(1, len))];
    long p = position;
    long end = position + len;
    while (p < end) {
      int n = (int) Math.min(buf.length, end - p);
      readFully(p, buf, 0, n);
      md.update(buf, 0, n);
      p += n;
    }
  }

  /** Releases a file handle, if any. */
  @Override
  default void close() throws IOException {}

  /** A source over a byte array; the array is not copied and must not change while in use. */
  static AssetSource of(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return new AssetSource() {
      @Override
      public long size() {
        return bytes.length;
      }

      @Override
      public void readFully(long position, byte[] dst, int off, int len) throws IOException {
        if (position < 0 || position + len > bytes.length) {
          throw new EOFException("range " + position + "+" + len + " runs past the end (" + bytes.length + " bytes)");
        }
        System.arraycopy(bytes, (int) position, dst, off, len);
      }

      @Override
      public void digest(java.security.MessageDigest md, long position, long len)
          throws IOException {
        if (position < 0 || len < 0 || position + len > bytes.length) {
          throw new EOFException("range " + position + "+" + len + " runs past the end (" + bytes.length + " bytes)");
        }
        md.update(bytes, (int) position, (int) len);
      }
    };
  }

  /**
   * A source over everything {@code in} yields: kept in memory up to 32 MiB, spooled to a temporary
   * file (deleted on {@link #close()}) beyond that. Refuses more than {@code maxBytes}.
   *
   * @throws IOException when the stream fails or exceeds {@code maxBytes}
   */
  static AssetSource read(java.io.InputStream in, long maxBytes) throws IOException {
    final int inMemory = 32 << 20;
    long probe = maxBytes == Long.MAX_VALUE ? maxBytes : maxBytes + 1;
    byte[] head = in.readNBytes((int) Math.min(inMemory, probe));
    if (head.length > maxBytes) {
      throw new IOException("input exceeds " + maxBytes + " bytes");
    }
    if (head.length < inMemory) {
      return of(head);
    }
    Path tmp = java.nio.file.Files.createTempFile("candor-", ".asset");
    try {
      try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(tmp)) {
        out.write(head);
        long total = head.length;
        byte[] buf = new byte[1 << 16];
        int n;
        while ((n = in.read(buf)) > 0) {
          total += n;
          if (total > maxBytes) {
            throw new IOException("input exceeds " + maxBytes + " bytes");
          }
          out.write(buf, 0, n);
        }
      }
      AssetSource file = open(tmp);
      return new AssetSource() {
        @Override
        public long size() {
          return file.size();
        }

        @Override
        public void readFully(long position, byte[] dst, int off, int len) throws IOException {
          file.readFully(position, dst, off, len);
        }

        @Override
        public void close() throws IOException {
          try {
            file.close();
          } finally {
            java.nio.file.Files.deleteIfExists(tmp);
          }
        }
      };
    } catch (IOException | RuntimeException e) {
      java.nio.file.Files.deleteIfExists(tmp);
      throw e;
    }
  }

  /**
   * A source over a file, opened read-only.
   *
   * @throws IOException when the file cannot be opened
   */
  static AssetSource open(Path file) throws IOException {
    FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
    long size = ch.size();
    return new AssetSource() {
      @Override
      public long size() {
        return size;
      }

      @Override
      public void readFully(long position, byte[] dst, int off, int len) throws IOException {
        if (position < 0 || position + len > size) {
          throw new EOFException("range " + position + "+" + len + " runs past the end (" + size + " bytes)");
        }
        ByteBuffer buf = ByteBuffer.wrap(dst, off, len);
        long p = position;
        while (buf.hasRemaining()) {
          int n = ch.read(buf, p);
          if (n < 0) {
            throw new EOFException("file shrank while being read");
          }
          p += n;
        }
      }

      @Override
      public void close() throws IOException {
        ch.close();
      }
    };
  }
}
