package dev.candor.cli.internal;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Shows how a batch is going on standard error: a progress bar redrawn in place on a terminal
 * (files done, rate, time left), plain log lines otherwise, or nothing. Thread-safe.
 */
public final class Progress {
  /** How progress is shown. */
  public enum Mode {
    /** A bar redrawn on one terminal line. */
    BAR,
    /** One line per file. */
    LINES,
    /** Nothing. */
    NONE
  }

  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int WIDTH = 30;

  private final PrintStream err;
  private final Mode mode;
  private final int total;
  private final long start = System.nanoTime();
  private int done;
  private long lastDraw;

  /** Progress over {@code total} items. */
  public Progress(PrintStream err, Mode mode, int total) {
    this.err = err;
    this.mode = mode;
    this.total = total;
  }

  /** Records one finished item with its log line. */
  public synchronized void finished(String logLine) {
    done++;
    if (mode == Mode.LINES) {
      err.println(logLine);
    } else if (mode == Mode.BAR) {
      long now = System.nanoTime();
      if (now - lastDraw >= REDRAW_NANOS || done == total) {
        lastDraw = now;
        draw(now);
      }
    }
  }

  /** Ends the bar's line. */
  public synchronized void close() {
    if (mode == Mode.BAR && total > 0) {
      err.print('\n');
      err.flush();
    }
  }

  private void draw(long now) {
    double seconds = Math.max(1e-3, (now - start) / 1e9);
    double rate = done / seconds;
    int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
    String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
    String eta = rate > 0 ? clock(Duration.ofSeconds((long) ((total - done) / rate))) : "?";
    err.printf("\r[%s] %d/%d  %.1f files/s  %s left ", bar, done, total, rate, eta);
    err.flush();
  }

  /** {@code m:ss} or {@code h:mm:ss}. */
  static String clock(Duration d) {
    long s = d.getSeconds();
    return s >= 3600
        ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format("%d:%02d", s / 60, s % 60);
  }
}
