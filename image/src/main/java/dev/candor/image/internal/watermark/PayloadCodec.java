package dev.candor.image.internal.watermark;

/**
 * Channel coding of the 64-bit payload: payload ‖ (CRC-24(payload) XOR keyed mask) = 88 bits, six
 * zero tail bits, then a rate-1/3 constraint-length-7 convolutional code (generators 133, 171, 165
 * octal) = 282 coded bits, decoded with soft-decision Viterbi.
 */
final class PayloadCodec {
  static final int INFO_BITS = 64 + 24;
  static final int K = 7;
  static final int STEPS = INFO_BITS + K - 1;
  static final int CODED_BITS = STEPS * 3;
  private static final int[] GEN = {0133, 0171, 0165};
  private static final int STATES = 1 << (K - 1);

  private PayloadCodec() {}

  static boolean[] encode(long payload, int crcMask) {
    boolean[] info = infoBits(payload, crcMask);
    return convolve(info);
  }

  private static boolean[] infoBits(long payload, int crcMask) {
    boolean[] info = new boolean[INFO_BITS];
    for (int i = 0; i < 64; i++) {
      info[i] = ((payload >>> (63 - i)) & 1) == 1;
    }
    int crc = Crc24.of(payload) ^ crcMask;
    for (int i = 0; i < 24; i++) {
      info[64 + i] = ((crc >>> (23 - i)) & 1) == 1;
    }
    return info;
  }

  static boolean[] convolve(boolean[] info) {
    boolean[] out = new boolean[CODED_BITS];
    int reg = 0;
    for (int t = 0; t < STEPS; t++) {
      int in = t < info.length && info[t] ? 1 : 0;
      reg = ((reg << 1) | in) & ((1 << K) - 1);
      for (int g = 0; g < 3; g++) {
        out[3 * t + g] = (Integer.bitCount(reg & GEN[g]) & 1) == 1;
      }
    }
    return out;
  }

  /** A decoded payload, or null if the CRC does not verify; {@code corrected} counts flips. */
  record Decoded(long payload, int corrected, boolean crcOk) {}

  /**
   * Soft values: positive means coded bit 0. {@code crcOk} tells whether the keyed CRC verifies.
   */
  static Decoded decode(float[] soft, int crcMask) {
    return read(viterbi(soft), soft, crcMask);
  }

  /** The payload on path {@code info}, whether its keyed CRC verifies, and how many bits it flips. */
  private static Decoded read(boolean[] info, float[] soft, int crcMask) {
    long payload = 0;
    for (int i = 0; i < 64; i++) {
      payload = (payload << 1) | (info[i] ? 1 : 0);
    }
    int crc = 0;
    for (int i = 0; i < 24; i++) {
      crc = (crc << 1) | (info[64 + i] ? 1 : 0);
    }
    boolean crcOk = (crc ^ crcMask) == Crc24.of(payload);
    boolean[] coded = convolve(java.util.Arrays.copyOf(info, INFO_BITS));
    int corrected = 0;
    for (int i = 0; i < CODED_BITS; i++) {
      if ((soft[i] < 0) != coded[i]) {
        corrected++;
      }
    }
    return new Decoded(payload, corrected, crcOk);
  }

  /** The coded bits of the most likely path through the trellis for {@code soft}. */
  static boolean[] mostLikelyCoded(float[] soft) {
    return convolve(java.util.Arrays.copyOf(viterbi(soft), INFO_BITS));
  }

  /** Per 7-bit shift register: its three output bits (generator 0 highest). */
  private static final int[] OUT_BITS = new int[1 << K];

  static {
    for (int reg = 0; reg < (1 << K); reg++) {
      int o = 0;
      for (int g = 0; g < 3; g++) {
        o = (o << 1) | (Integer.bitCount(reg & GEN[g]) & 1);
      }
      OUT_BITS[reg] = o;
    }
  }

  /**
   * Soft-decision Viterbi: the {@value #STEPS} input bits (tail included) of the best path. Each
   * state ns has two predecessors, ns/2 (register ns) and ns/2 + 32 (register ns + 64); path
   * metrics are float sums in the same order for both (metric, then each coded bit's term), and on
   * a tie the lower predecessor is kept. Unreachable states carry −∞, which no candidate beats.
   */
  static boolean[] viterbi(float[] soft) {
    float[] metric = new float[STATES];
    float[] next = new float[STATES];
    java.util.Arrays.fill(metric, Float.NEGATIVE_INFINITY);
    metric[0] = 0;
    byte[] from = new byte[STEPS * STATES];
    int half = STATES / 2;
    for (int t = 0; t < STEPS; t++) {
      float s0 = soft[3 * t];
      float s1 = soft[3 * t + 1];
      float s2 = soft[3 * t + 2];
      boolean tail = t >= INFO_BITS; // input 0 only, so only even states are reached
      for (int ns = 0; ns < STATES; ns++) {
        if (tail && (ns & 1) == 1) {
          next[ns] = Float.NEGATIVE_INFINITY;
          continue;
        }
        int lo = ns >> 1;
        int o0 = OUT_BITS[ns];
        int o1 = OUT_BITS[ns | STATES];
        float m0 =
            metric[lo]
                + ((o0 & 4) == 0 ? s0 : -s0)
                + ((o0 & 2) == 0 ? s1 : -s1)
                + ((o0 & 1) == 0 ? s2 : -s2);
        float m1 =
            metric[lo + half]
                + ((o1 & 4) == 0 ? s0 : -s0)
                + ((o1 & 2) == 0 ? s1 : -s1)
                + ((o1 & 1) == 0 ? s2 : -s2);
        if (m1 > m0) {
          next[ns] = m1;
          from[t * STATES + ns] = (byte) (lo + half);
        } else {
          next[ns] = m0;
          from[t * STATES + ns] = (byte) lo;
        }
      }
      float[] tmp = metric;
      metric = next;
      next = tmp;
    }
    boolean[] info = new boolean[STEPS];
    int st = 0;
    for (int t = STEPS - 1; t >= 0; t--) {
      info[t] = (st & 1) == 1;
      st = from[t * STATES + st];
    }
    return info;
  }

  /** Most paths {@link #viterbiList} keeps per state (their ranks are stored in bytes). */
  static final int MAX_LIST = 128;

  /**
   * The {@code n} most likely paths through the trellis, best first (list Viterbi, parallel form:
   * every state keeps its n best partial paths, each extended by both branches and merged). The
   * first is {@link #viterbi}'s path: on equal metrics the lower predecessor, then the lower rank,
   * comes first, as there. Fewer than n when fewer paths end in state 0. Ranks are kept in bytes:
   * n is at most {@value #MAX_LIST}.
   */
  static boolean[][] viterbiList(float[] soft, int n) {
    if (n < 1 || n > MAX_LIST) {
      throw new IllegalArgumentException("list size " + n + " outside 1.." + MAX_LIST);
    }
    float[] metric = new float[STATES * n];
    float[] next = new float[STATES * n];
    java.util.Arrays.fill(metric, Float.NEGATIVE_INFINITY);
    metric[0] = 0;
    byte[] fromState = new byte[STEPS * STATES * n];
    byte[] fromRank = new byte[STEPS * STATES * n];
    int half = STATES / 2;
    for (int t = 0; t < STEPS; t++) {
      float s0 = soft[3 * t];
      float s1 = soft[3 * t + 1];
      float s2 = soft[3 * t + 2];
      boolean tail = t >= INFO_BITS;
      for (int ns = 0; ns < STATES; ns++) {
        int at = ns * n;
        if (tail && (ns & 1) == 1) {
          java.util.Arrays.fill(next, at, at + n, Float.NEGATIVE_INFINITY);
          continue;
        }
        int lo = ns >> 1;
        int hi = lo + half;
        int o0 = OUT_BITS[ns];
        int o1 = OUT_BITS[ns | STATES];
        float b0 = ((o0 & 4) == 0 ? s0 : -s0) + ((o0 & 2) == 0 ? s1 : -s1) + ((o0 & 1) == 0 ? s2 : -s2);
        float b1 = ((o1 & 4) == 0 ? s0 : -s0) + ((o1 & 2) == 0 ? s1 : -s1) + ((o1 & 1) == 0 ? s2 : -s2);
        // Merge the two predecessors' sorted lists, each extended by its branch.
        int i0 = 0;
        int i1 = 0;
        for (int r = 0; r < n; r++) {
          float m0 = i0 < n ? metric[lo * n + i0] + b0 : Float.NEGATIVE_INFINITY;
          float m1 = i1 < n ? metric[hi * n + i1] + b1 : Float.NEGATIVE_INFINITY;
          int k = (t * STATES + ns) * n + r;
          if (m1 > m0) {
            next[at + r] = m1;
            fromState[k] = (byte) hi;
            fromRank[k] = (byte) i1++;
          } else {
            next[at + r] = m0;
            fromState[k] = (byte) lo;
            fromRank[k] = (byte) i0++;
          }
        }
      }
      float[] tmp = metric;
      metric = next;
      next = tmp;
    }
    java.util.List<boolean[]> paths = new java.util.ArrayList<>();
    for (int r = 0; r < n && metric[r] != Float.NEGATIVE_INFINITY; r++) {
      boolean[] info = new boolean[STEPS];
      int st = 0;
      int rank = r;
      for (int t = STEPS - 1; t >= 0; t--) {
        info[t] = (st & 1) == 1;
        int k = (t * STATES + st) * n + rank;
        st = fromState[k];
        rank = fromRank[k];
      }
      paths.add(info);
    }
    return paths.toArray(new boolean[0][]);
  }

  /**
   * The second to {@code n}-th most likely paths ({@link #viterbiList}) whose keyed CRC verifies,
   * best first: each path looked at is one more CRC trial.
   */
  static java.util.List<Decoded> listDecode(float[] soft, int crcMask, int n) {
    java.util.List<Decoded> found = new java.util.ArrayList<>();
    boolean[][] paths = viterbiList(soft, n);
    for (int r = 1; r < paths.length; r++) {
      Decoded d = read(paths[r], soft, crcMask);
      if (d.crcOk()) {
        found.add(d);
      }
    }
    return found;
  }
}
