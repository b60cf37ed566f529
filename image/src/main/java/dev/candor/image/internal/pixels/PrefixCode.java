package dev.candor.image.internal.pixels;

import java.util.PriorityQueue;

/**
 * A canonical prefix (Huffman) code for one alphabet of the WebP lossless bitstream, built from
 * symbol counts with code lengths at most a limit, and its description written as RFC 9649
 * §3.7.2.1 reads it: the "simple" form for one or two symbols below 256, otherwise the "normal"
 * form, whose code lengths are themselves coded (run-length tokens 16, 17, 18 and a code-length
 * code of at most 7 bits).
 *
 * <p>Every normal code is complete (its Kraft sum is exactly 1), as libwebp's decoder requires:
 * an alphabet with a single used symbol that the simple form cannot express gets a second one.
 */
final class PrefixCode {
  /** RFC 9649 §3.7.2.1.2: the order in which the code-length code's lengths are written. */
  private static final int[] CODE_LENGTH_ORDER = {
    17, 18, 0, 1, 2, 3, 4, 5, 16, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
  };

  static final int MAX_LENGTH = 15;
  private static final int MAX_CODE_LENGTH_LENGTH = 7;

  /** Per symbol: its code length (0 if unused) and its canonical code word. */
  final int[] lengths;

  final int[] words;

  /** The simple form's symbols (one or two), or null for the normal form. */
  private final int[] simple;

  private PrefixCode(int[] lengths, int[] simple) {
    this.lengths = lengths;
    this.simple = simple;
    this.words = canonical(lengths);
  }

  /** The code for {@code counts} (one per symbol of the alphabet). */
  static PrefixCode of(int[] counts) {
    int used = 0;
    int first = -1;
    int second = -1;
    for (int s = 0; s < counts.length; s++) {
      if (counts[s] > 0) {
        used++;
        if (first < 0) {
          first = s;
        } else if (second < 0) {
          second = s;
        }
      }
    }
    if (used == 0) {
      return new PrefixCode(new int[counts.length], new int[] {0});
    }
    if (used <= 2 && (used == 1 ? first : second) < 256) {
      int[] lengths = new int[counts.length];
      if (used == 2) {
        lengths[first] = 1;
        lengths[second] = 1;
        return new PrefixCode(lengths, new int[] {first, second});
      }
      return new PrefixCode(lengths, new int[] {first}); // zero bits per symbol
    }
    int[] c = counts;
    if (used == 1) {
      c = counts.clone();
      c[first == 0 ? 1 : 0] = 1;
    }
    return new PrefixCode(limitedLengths(c, MAX_LENGTH), null);
  }

  /** Writes the code's description. */
  void writeTo(LsbBitWriter out) {
    if (simple != null) {
      out.bits(1, 1);
      out.bits(simple.length - 1, 1);
      boolean wide = simple[0] > 1;
      out.bits(wide ? 1 : 0, 1);
      out.bits(simple[0], wide ? 8 : 1);
      if (simple.length == 2) {
        out.bits(simple[1], 8);
      }
      return;
    }
    out.bits(0, 1);
    // Tokens: a length 0..15 as itself; 16 + 2 bits repeats the previous non-zero length 3..6
    // times; 17 + 3 bits, 18 + 7 bits are runs of 3..10 and 11..138 zeros. A run of a non-zero
    // length always starts with that length written out, so 16 never depends on the initial 8.
    int n = lengths.length;
    int[] tok = new int[n];
    int[] extra = new int[n];
    int k = 0;
    for (int i = 0; i < n; ) {
      int v = lengths[i];
      int run = 1;
      while (i + run < n && lengths[i + run] == v) {
        run++;
      }
      i += run;
      if (v == 0) {
        while (run >= 3) {
          int r = Math.min(run, 138);
          tok[k] = r >= 11 ? 18 : 17;
          extra[k++] = r >= 11 ? r - 11 : r - 3;
          run -= r;
        }
        while (run-- > 0) {
          tok[k++] = 0;
        }
      } else {
        tok[k++] = v;
        run--;
        while (run >= 3) {
          int r = Math.min(run, 6);
          tok[k] = 16;
          extra[k++] = r - 3;
          run -= r;
        }
        while (run-- > 0) {
          tok[k++] = v;
        }
      }
    }
    int[] tokCounts = new int[19];
    for (int i = 0; i < k; i++) {
      tokCounts[tok[i]]++;
    }
    int used = 0;
    for (int t : tokCounts) {
      used += t > 0 ? 1 : 0;
    }
    if (used == 1) {
      tokCounts[tok[0] == 0 ? 1 : 0] = 1; // a complete code needs two symbols
    }
    int[] tl = limitedLengths(tokCounts, MAX_CODE_LENGTH_LENGTH);
    int[] tw = canonical(tl);
    int num = CODE_LENGTH_ORDER.length;
    while (num > 4 && tl[CODE_LENGTH_ORDER[num - 1]] == 0) {
      num--;
    }
    out.bits(num - 4, 4);
    for (int i = 0; i < num; i++) {
      out.bits(tl[CODE_LENGTH_ORDER[i]], 3);
    }
    out.bits(0, 1); // max_symbol: the whole alphabet
    for (int i = 0; i < k; i++) {
      int t = tok[i];
      out.code(tw[t], tl[t]);
      if (t >= 16) {
        out.bits(extra[i], t == 16 ? 2 : t == 17 ? 3 : 7);
      }
    }
  }

  /** Writes {@code symbol}'s code word. */
  void write(LsbBitWriter out, int symbol) {
    out.code(words[symbol], lengths[symbol]);
  }

  /**
   * Huffman code lengths for {@code counts} (at least two non-zero) no longer than {@code limit}:
   * when the tree is too deep, counts under a floor are raised to it and the tree built again,
   * the floor doubling each time (the tree flattens; it is never less than complete).
   */
  static int[] limitedLengths(int[] counts, int limit) {
    int n = counts.length;
    long floor = 1;
    while (true) {
      long[] weight = new long[n];
      for (int s = 0; s < n; s++) {
        weight[s] = counts[s] == 0 ? 0 : Math.max(counts[s], floor);
      }
      int[] lengths = huffman(weight);
      int max = 0;
      for (int l : lengths) {
        max = Math.max(max, l);
      }
      if (max <= limit) {
        return lengths;
      }
      floor *= 2;
    }
  }

  /** Plain Huffman code lengths for the non-zero weights (at least two). */
  private static int[] huffman(long[] weight) {
    int n = weight.length;
    // Nodes 0..n-1 are leaves, then internal nodes; ties broken by index for determinism.
    long[] w = new long[2 * n];
    int[] parent = new int[2 * n];
    PriorityQueue<Integer> q =
        new PriorityQueue<>((a, b) -> w[a] != w[b] ? Long.compare(w[a], w[b]) : a - b);
    for (int s = 0; s < n; s++) {
      if (weight[s] > 0) {
        w[s] = weight[s];
        q.add(s);
      }
    }
    int next = n;
    while (q.size() > 1) {
      int a = q.poll();
      int b = q.poll();
      w[next] = w[a] + w[b];
      parent[a] = next;
      parent[b] = next;
      q.add(next++);
    }
    int root = next - 1;
    int[] depth = new int[2 * n];
    int[] lengths = new int[n];
    for (int node = root - 1; node >= 0; node--) {
      if (node < n && weight[node] == 0) {
        continue;
      }
      depth[node] = depth[parent[node]] + 1;
      if (node < n) {
        lengths[node] = depth[node];
      }
    }
    return lengths;
  }

  /** Canonical code words (RFC 1951 §3.2.2, as VP8L assigns them) for {@code lengths}. */
  private static int[] canonical(int[] lengths) {
    int[] perLength = new int[MAX_LENGTH + 2];
    for (int l : lengths) {
      perLength[l]++;
    }
    perLength[0] = 0;
    int[] next = new int[MAX_LENGTH + 2];
    int code = 0;
    for (int l = 1; l <= MAX_LENGTH + 1; l++) {
      code = (code + perLength[l - 1]) << 1;
      next[l] = code;
    }
    int[] words = new int[lengths.length];
    for (int s = 0; s < lengths.length; s++) {
      if (lengths[s] > 0) {
        words[s] = next[lengths[s]]++;
      }
    }
    return words;
  }
}
