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
    };
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
