package dev.candor.image.internal.watermark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PayloadCodecTest {
  @Test
  void decode_softValuesWithTwentyFlips_recoversPayloadAndCountsFlips() {
    long payload = 0x0123456789abcdefL;
    boolean[] coded = PayloadCodec.encode(payload, 0x5a5a5a);
    float[] soft = new float[coded.length];
    for (int i = 0; i < coded.length; i++) {
      soft[i] = coded[i] ? -1 : 1;
    }
    for (int i = 0; i < 20; i++) {
      soft[i * 13] = -soft[i * 13];
    }
    PayloadCodec.Decoded d = PayloadCodec.decode(soft, 0x5a5a5a);
    assertTrue(d.crcOk());
    assertEquals(payload, d.payload());
    assertEquals(20, d.corrected());
  }

  @Test
  void decode_wrongCrcMask_rejected() {
    boolean[] coded = PayloadCodec.encode(42, 0x111111);
    float[] soft = new float[coded.length];
    for (int i = 0; i < coded.length; i++) {
      soft[i] = coded[i] ? -1 : 1;
    }
    assertFalse(PayloadCodec.decode(soft, 0x222222).crcOk());
  }

  @Test
  void decode_pureNoise_crcFailsInAllTrials() {
    Random rnd = new Random(7);
    int accepted = 0;
    for (int t = 0; t < 2000; t++) {
      float[] soft = new float[PayloadCodec.CODED_BITS];
      for (int i = 0; i < soft.length; i++) {
        soft[i] = (float) rnd.nextGaussian();
      }
      if (PayloadCodec.decode(soft, 0x123456).crcOk()) {
        accepted++;
      }
    }
    assertEquals(0, accepted, "CRC-24 accepts noise with probability 2^-24 per trial");
  }

  @Test
  void crc24_asciiDigits_matchesOpenPgpCrc() {
    // CRC-24/OPENPGP (RFC 4880 section 6.1) of the eight ASCII bytes "12345678".
    assertEquals(0x51953c, Crc24.of(0x3132333435363738L));
  }

  @Test
  void viterbi_randomAndNoisySoftValues_samePathAsStateByStateReference() {
    java.util.SplittableRandom r = new java.util.SplittableRandom(17);
    for (int trial = 0; trial < 300; trial++) {
      boolean[] coded = PayloadCodec.encode(r.nextLong(), r.nextInt(1 << 24));
      float[] soft = new float[PayloadCodec.CODED_BITS];
      double noise = trial % 3 == 0 ? 0.3 : (trial % 3 == 1 ? 1.5 : 50);
      for (int i = 0; i < soft.length; i++) {
        // Coarse values (multiples of 1/4) make equal path metrics, so ties are exercised too.
        double v = (coded[i] ? -1 : 1) + noise * r.nextGaussian();
        soft[i] = trial % 2 == 0 ? (float) v : Math.round(v * 4) / 4f;
      }
      assertArrayEquals(reference(soft), PayloadCodec.viterbi(soft), "trial " + trial);
    }
  }

  /**
   * The decoder as first written: every reachable state's two successors, states in ascending
   * order, a successor's metric replaced only by a strictly larger one.
   */
  private static boolean[] reference(float[] soft) {
    int k = PayloadCodec.K;
    int states = 1 << (k - 1);
    int steps = PayloadCodec.STEPS;
    int[] gen = {0133, 0171, 0165};
    float[] metric = new float[states];
    float[] next = new float[states];
    java.util.Arrays.fill(metric, Float.NEGATIVE_INFINITY);
    metric[0] = 0;
    byte[][] from = new byte[steps][states];
    for (int t = 0; t < steps; t++) {
      java.util.Arrays.fill(next, Float.NEGATIVE_INFINITY);
      boolean tail = t >= PayloadCodec.INFO_BITS;
      for (int st = 0; st < states; st++) {
        if (metric[st] == Float.NEGATIVE_INFINITY) {
          continue;
        }
        for (int in = 0; in <= (tail ? 0 : 1); in++) {
          int reg = (st << 1) | in;
          float m = metric[st];
          for (int g = 0; g < 3; g++) {
            float s = soft[3 * t + g];
            m += (Integer.bitCount(reg & gen[g]) & 1) == 0 ? s : -s;
          }
          int ns = reg & (states - 1);
          if (m > next[ns]) {
            next[ns] = m;
            from[t][ns] = (byte) st;
          }
        }
      }
      float[] tmp = metric;
      metric = next;
      next = tmp;
    }
    boolean[] info = new boolean[steps];
    int st = 0;
    for (int t = steps - 1; t >= 0; t--) {
      info[t] = (st & 1) == 1;
      st = from[t][st] & 0xff;
    }
    return info;
  }

  @Test
  void viterbiList_firstIsViterbisPath_restDistinctAndNoMoreLikely() {
    Random r = new Random(11);
    for (int trial = 0; trial < 50; trial++) {
      float[] soft = new float[PayloadCodec.CODED_BITS];
      boolean[] coded = PayloadCodec.encode(r.nextLong(), 0x123456);
      for (int i = 0; i < soft.length; i++) {
        soft[i] = (coded[i] ? -1 : 1) + (float) (1.2 * r.nextGaussian());
      }
      boolean[][] paths = PayloadCodec.viterbiList(soft, 8);
      assertEquals(8, paths.length);
      assertArrayEquals(PayloadCodec.viterbi(soft), paths[0]);
      double previous = Double.POSITIVE_INFINITY;
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (boolean[] p : paths) {
        double m = correlation(soft, p);
        assertTrue(m <= previous + 1e-3, "best first: " + m + " after " + previous);
        previous = m;
        assertTrue(seen.add(java.util.Arrays.toString(p)), "distinct paths");
        for (int t = PayloadCodec.INFO_BITS; t < PayloadCodec.STEPS; t++) {
          assertFalse(p[t], "tail bits are zero");
        }
      }
    }
  }

  @Test
  void viterbiList_atItsLargestSize_distinctPaths_beyondRefused() {
    // Ranks are kept in bytes: at 257 they used to wrap and the list repeated paths (128 distinct).
    Random r = new Random(3);
    float[] soft = new float[PayloadCodec.CODED_BITS];
    for (int i = 0; i < soft.length; i++) {
      soft[i] = (float) r.nextGaussian();
    }
    boolean[][] paths = PayloadCodec.viterbiList(soft, PayloadCodec.MAX_LIST);
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (boolean[] p : paths) {
      seen.add(java.util.Arrays.toString(p));
    }
    assertEquals(PayloadCodec.MAX_LIST, seen.size());
    assertThrows(
        IllegalArgumentException.class,
        () -> PayloadCodec.viterbiList(soft, PayloadCodec.MAX_LIST + 1));
  }

  @Test
  void viterbiList_againstEveryPathNearTheBest_missesNoneMoreLikely() {
    // Brute force over the paths one or two info-bit flips from the best: none of them may beat
    // the list's last entry without being in the list.
    Random r = new Random(5);
    float[] soft = new float[PayloadCodec.CODED_BITS];
    boolean[] coded = PayloadCodec.encode(r.nextLong(), 0);
    for (int i = 0; i < soft.length; i++) {
      soft[i] = (coded[i] ? -1 : 1) + (float) (1.5 * r.nextGaussian());
    }
    boolean[][] paths = PayloadCodec.viterbiList(soft, 6);
    double last = correlation(soft, paths[paths.length - 1]);
    java.util.Set<String> listed = new java.util.HashSet<>();
    for (boolean[] p : paths) {
      listed.add(java.util.Arrays.toString(p));
    }
    boolean[] best = paths[0];
    for (int a = 0; a < PayloadCodec.INFO_BITS; a++) {
      for (int b = a; b < PayloadCodec.INFO_BITS; b++) {
        boolean[] p = best.clone();
        p[a] = !p[a];
        if (b != a) {
          p[b] = !p[b];
        }
        if (correlation(soft, p) > last + 1e-3) {
          assertTrue(listed.contains(java.util.Arrays.toString(p)), "missed a likelier path");
        }
      }
    }
  }

  @Test
  void listDecode_bestPathWrongButSecondRight_findsPayload() {
    long payload = 0x0fedcba987654321L;
    int mask = 0x0abcde;
    boolean[] coded = PayloadCodec.encode(payload, mask);
    float[] soft = new float[coded.length];
    for (int i = 0; i < coded.length; i++) {
      soft[i] = coded[i] ? -1 : 1;
    }
    // Push the soft values toward the path with info bit 30 flipped, just past the true one.
    boolean[] info = PayloadCodec.viterbi(soft);
    info[30] = !info[30];
    boolean[] other = PayloadCodec.convolve(java.util.Arrays.copyOf(info, PayloadCodec.INFO_BITS));
    for (int i = 0; i < coded.length; i++) {
      if (other[i] != coded[i]) {
        soft[i] = other[i] ? -0.6f : 0.6f;
      }
    }
    assertFalse(PayloadCodec.decode(soft, mask).crcOk(), "the best path is the wrong one");
    java.util.List<PayloadCodec.Decoded> found = PayloadCodec.listDecode(soft, mask, 4);
    assertEquals(1, found.size());
    assertEquals(payload, found.get(0).payload());
  }

  /** Σ soft·(±1) along the coded bits of info path p (the Viterbi metric). */
  private static double correlation(float[] soft, boolean[] p) {
    boolean[] c = PayloadCodec.convolve(java.util.Arrays.copyOf(p, PayloadCodec.INFO_BITS));
    double m = 0;
    for (int i = 0; i < c.length; i++) {
      m += c[i] ? -soft[i] : soft[i];
    }
    return m;
  }
}
