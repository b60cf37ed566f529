package dev.candor.image.internal.pixels;

/**
 * Backward references for the WebP lossless encoder (RFC 9649 §5.2.2): at each pixel, the longest
 * earlier run of the same pixels, among the pixel to the left, the one above, and up to {@value
 * #CHAIN} earlier places whose next two pixels hash alike (a hash chain, as DEFLATE encoders keep
 * one). Text, interfaces and flat areas repeat at every distance; photographs rarely do.
 */
final class Vp8lMatches {
  static final int MAX_LENGTH = 4096;
  static final int MIN_MATCH = 3;

  /** The largest distance a distance code states: 2^20 less the 120 plane codes. */
  private static final int MAX_DISTANCE = (1 << 20) - 120;

  private static final int CHAIN = 4;
  private static final int HASH_BITS = 16;

  private final int[] px;
  private final int w;
  private final int[] head = new int[1 << HASH_BITS];
  private final int[] prev;

  /**
   * The chain is walked only while it pays: per window of {@value #WINDOW} lookups, when at least
   * one in 16 found its match through it, and in every 16th window to look again; and only where
   * the pixel to the left or above gives no run of 16 (a photograph's residuals rarely repeat, and
   * walking their chains everywhere doubled the encoding time).
   */
  private static final int WINDOW = 4096;

  private int lookups;
  private int chainHits;
  private int windows;
  private boolean chainOn = true;

  /** The last match found: its length (0 for none) and its distance code. */
  int length;

  int code;

  Vp8lMatches(int[] px, int w) {
    this.px = px;
    this.w = w;
    this.prev = new int[px.length];
    java.util.Arrays.fill(head, -1);
  }

  /** Finds the best match at {@code i} into {@link #length} and {@link #code}. */
  void find(int i) {
    int n = px.length;
    int limit = Math.min(MAX_LENGTH, n - i);
    length = 0;
    code = 0;
    if (limit < MIN_MATCH) {
      return;
    }
    consider(i, 1, limit, 2); // the plane codes of left and above: the cheapest distances
    consider(i, w, limit, 1);
    if (++lookups == WINDOW) {
      windows++;
      chainOn = chainHits * 16 >= WINDOW || windows % 16 == 0;
      lookups = 0;
      chainHits = 0;
    }
    if (chainOn && length < 16 && i + 1 < n) { // a long run left or above is good enough
      int before = length;
      int tries = CHAIN;
      for (int j = head[hash(i)]; j >= 0 && tries-- > 0 && i - j <= MAX_DISTANCE; j = prev[j]) {
        int d = i - j;
        if (d != 1 && d != w) {
          consider(i, d, limit, d + 120);
        }
      }
      if (length > before) {
        chainHits++;
      }
    }
  }

  /** Records the positions i .. i + count − 1 in the hash chain. */
  void insert(int i, int count) {
    int end = Math.min(i + count, px.length - 1);
    for (int k = i; k < end; k++) {
      int h = hash(k);
      prev[k] = head[h];
      head[h] = k;
    }
  }

  private void consider(int i, int d, int limit, int distanceCode) {
    if (i < d || (length > 0 && (length >= limit || px[i + length] != px[i + length - d]))) {
      return; // cannot be longer than the match in hand
    }
    int len = 0;
    while (len < limit && px[i + len] == px[i + len - d]) {
      len++;
    }
    if (len >= MIN_MATCH && len > length) {
      length = len;
      code = distanceCode;
    }
  }

  private int hash(int i) {
    int v = px[i] * 0x9E3779B1 + px[i + 1] * 0x85EBCA6B;
    return v >>> (32 - HASH_BITS);
  }
}
