package dev.candor.text.internal;

import dev.candor.core.asset.ByteRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds C2PA text wrappers in UTF-8 text in one pass: every U+FEFF followed by at least one
 * variation selector is a candidate, classified as a valid wrapper, a corrupted one (magic present,
 * frame invalid) or a foreign run (selectors that are not a wrapper, e.g. someone else's).
 *
 * <p>Linear time; memory beyond the result is the stores themselves, each allocated only after its
 * declared length was checked against the selectors really present.
 */
public final class WrapperFinder {
  private WrapperFinder() {}

  /** A decodable wrapper: its store and the UTF-8 byte range from U+FEFF to the end of its run. */
  public record Found(byte[] store, ByteRange range) {}

  /**
   * What a scan saw, each list in text order.
   *
   * @param wrappers valid wrappers
   * @param corrupted runs with the magic whose frame is invalid (version, truncated, length)
   * @param foreignRuns U+FEFF + selector runs without the magic
   */
  public record Result(
      List<Found> wrappers, List<ByteRange> corrupted, List<ByteRange> foreignRuns) {
    /** Copies the lists. */
    public Result {
      wrappers = List.copyOf(wrappers);
      corrupted = List.copyOf(corrupted);
      foreignRuns = List.copyOf(foreignRuns);
    }
  }

  /** Scans {@code utf8}; never throws on any input. */
  public static Result scan(byte[] utf8) {
    List<Found> wrappers = new ArrayList<>();
    List<ByteRange> corrupted = new ArrayList<>();
    List<ByteRange> foreign = new ArrayList<>();
    int i = 0;
    while (i <= utf8.length - TextWrapper.MARKER_UTF8_LENGTH) {
      if (!isMarker(utf8, i)) {
        i++;
        continue;
      }
      int runStart = i + TextWrapper.MARKER_UTF8_LENGTH;
      Run run = measure(utf8, runStart);
      if (run.count > 0) {
        ByteRange range = new ByteRange(i, run.end - i);
        switch (classify(run)) {
          case VALID -> wrappers.add(new Found(decodeStore(utf8, run), range));
          case CORRUPTED -> corrupted.add(range);
          case FOREIGN -> foreign.add(range);
        }
      }
      // Resume after the run: no selector is looked at twice.
      i = run.end;
    }
    return new Result(wrappers, corrupted, foreign);
  }

  private enum Kind {
    VALID,
    CORRUPTED,
    FOREIGN
  }

  /** A selector run: its decoded header, length in selectors, end offset, offset of byte 13. */
  private static final class Run {
    final byte[] header = new byte[TextWrapper.HEADER_LENGTH];
    long count;
    int end;
    int storeStart = -1;
  }

  private static boolean isMarker(byte[] b, int at) {
    return b[at] == (byte) 0xEF && b[at + 1] == (byte) 0xBB && b[at + 2] == (byte) 0xBF;
  }

  private static Run measure(byte[] utf8, int start) {
    Run run = new Run();
    int p = start;
    while (true) {
      if (run.count == TextWrapper.HEADER_LENGTH) {
        run.storeStart = p;
      }
      int v = VariationSelectors.decodeUtf8(utf8, p);
      if (v < 0) {
        break;
      }
      if (run.count < TextWrapper.HEADER_LENGTH) {
        run.header[(int) run.count] = (byte) v;
      }
      run.count++;
      p += VariationSelectors.utf8Length(v);
    }
    run.end = p;
    return run;
  }

  private static Kind classify(Run run) {
    if (run.count < TextWrapper.MAGIC.length) {
      return Kind.FOREIGN;
    }
    for (int k = 0; k < TextWrapper.MAGIC.length; k++) {
      if (run.header[k] != TextWrapper.MAGIC[k]) {
        return Kind.FOREIGN;
      }
    }
    if (run.count < TextWrapper.HEADER_LENGTH || run.header[8] != TextWrapper.VERSION) {
      return Kind.CORRUPTED;
    }
    long declared = declaredLength(run);
    return declared <= run.count - TextWrapper.HEADER_LENGTH ? Kind.VALID : Kind.CORRUPTED;
  }

  private static long declaredLength(Run run) {
    byte[] h = run.header;
    return (h[9] & 0xFFL) << 24 | (h[10] & 0xFFL) << 16 | (h[11] & 0xFFL) << 8 | (h[12] & 0xFFL);
  }

  /** Decodes the store; its length was checked against the run, so the allocation is bounded. */
  private static byte[] decodeStore(byte[] utf8, Run run) {
    byte[] store = new byte[(int) declaredLength(run)];
    int p = run.storeStart;
    for (int k = 0; k < store.length; k++) {
      int v = VariationSelectors.decodeUtf8(utf8, p);
      store[k] = (byte) v;
      p += VariationSelectors.utf8Length(v);
    }
    return store;
  }
}
