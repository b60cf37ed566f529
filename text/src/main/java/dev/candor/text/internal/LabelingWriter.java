package dev.candor.text.internal;

import dev.candor.core.ProvenanceException;
import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.util.Objects;

/**
 * A writer that labels what passes through it. {@link #close()} writes the held-back tail, the
 * suffix disclosure and the signed wrapper, then closes the underlying writer. {@link #flush()}
 * flushes the underlying writer but keeps the NFC tail (at most one segment) until more text or
 * close. After a write to the underlying writer failed, close does not sign.
 */
public final class LabelingWriter extends Writer {
  private final Writer out;
  private final SealingSession session;
  private boolean begun;
  private boolean failed;
  private boolean closed;

  /** Labels text written to {@code out} with {@code session}. */
  public LabelingWriter(Writer out, SealingSession session) {
    this.out = Objects.requireNonNull(out, "out");
    this.session = session;
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, cbuf.length);
    pass(CharBuffer.wrap(cbuf, off, len));
  }

  @Override
  public void write(String str, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, str.length());
    pass(CharBuffer.wrap(str, off, off + len));
  }

  @Override
  public void write(int c) throws IOException {
    pass(String.valueOf((char) c));
  }

  @Override
  public void flush() throws IOException {
    ensureOpen();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (out) {
      if (!failed) {
        begin();
        send(session.endText());
        send(session.seal());
      }
    } catch (ProvenanceException e) {
      throw new IOException("the text could not be signed: " + e.getMessage(), e);
    }
  }

  private void pass(CharSequence chunk) throws IOException {
    ensureOpen();
    begin();
    send(session.accept(chunk));
  }

  private void begin() throws IOException {
    if (begun) {
      return;
    }
    begun = true;
    try {
      send(session.begin());
    } catch (ProvenanceException e) {
      failed = true;
      throw new IOException("the text cannot be signed: " + e.getMessage(), e);
    }
  }

  private void send(String s) throws IOException {
    if (s.isEmpty()) {
      return;
    }
    try {
      out.write(s);
    } catch (IOException | RuntimeException e) {
      failed = true;
      throw e;
    }
  }

  private void ensureOpen() throws IOException {
    if (closed) {
      throw new IOException("the labelling writer is closed");
    }
    if (failed) {
      throw new IOException("an earlier write failed; the text will not be signed");
    }
  }
}
