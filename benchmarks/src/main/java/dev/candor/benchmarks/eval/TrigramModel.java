package dev.candor.benchmarks.eval;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Word trigram language model with interpolated absolute discounting (D = 0.75) down to a
 * Kneser-Ney continuation unigram, itself mixed with 0.1% uniform mass so every word has p &gt; 0.
 *
 * <p>P(w | u v) = max(c(uvw) − D, 0) / c(uv·) + D·N(uv·)/c(uv·) · P(w | v), likewise for the bigram
 * level; an unseen context backs off entirely. {@link #distribution} gives the full vector (what a
 * watermark hooks into); {@link #sample} draws from the same distribution level by level without
 * touching the whole vocabulary, which makes 10,000 unmarked texts cheap.
 */
final class TrigramModel {
  private static final double D = 0.75;
  private static final double UNIFORM = 1e-3;
  private static final int BITS = 20;
  private static final long MASK = (1L << BITS) - 1;

  private final int vocabulary;
  private final double[] unigram;
  private final double[] unigramCumulative;
  // bigrams (v, w), sorted; per-v range [bigramStart[v], bigramStart[v + 1])
  private final long[] bigramKeys;
  private final int[] bigramCounts;
  private final int[] bigramStart;
  private final int[] bigramTotal;
  // trigrams (u, v, w), sorted; contexts (u, v) with their ranges
  private final long[] trigramKeys;
  private final int[] trigramCounts;
  private final long[] contextKeys;
  private final int[] contextStart;
  private final int[] contextTotal;

  TrigramModel(int[] corpus, int vocabulary) {
    if (vocabulary > MASK) {
      throw new IllegalArgumentException("vocabulary too large: " + vocabulary);
    }
    this.vocabulary = vocabulary;
    long[] bigrams = new long[corpus.length - 1];
    for (int i = 1; i < corpus.length; i++) {
      bigrams[i - 1] = ((long) corpus[i - 1] << BITS) | corpus[i];
    }
    long[] trigrams = new long[corpus.length - 2];
    for (int i = 2; i < corpus.length; i++) {
      trigrams[i - 2] =
          ((long) corpus[i - 2] << (2 * BITS)) | ((long) corpus[i - 1] << BITS) | corpus[i];
    }
    long[][] bi = countUnique(bigrams);
    bigramKeys = bi[0];
    bigramCounts = toInts(bi[1]);
    long[][] tri = countUnique(trigrams);
    trigramKeys = tri[0];
    trigramCounts = toInts(tri[1]);

    bigramStart = new int[vocabulary + 1];
    bigramTotal = new int[vocabulary];
    double[] continuation = new double[vocabulary];
    for (int i = 0; i < bigramKeys.length; i++) {
      int v = (int) (bigramKeys[i] >>> BITS);
      bigramStart[v + 1]++;
      bigramTotal[v] += bigramCounts[i];
      continuation[(int) (bigramKeys[i] & MASK)]++;
    }
    for (int v = 0; v < vocabulary; v++) {
      bigramStart[v + 1] += bigramStart[v];
    }
    unigram = new double[vocabulary];
    unigramCumulative = new double[vocabulary];
    double running = 0;
    for (int w = 0; w < vocabulary; w++) {
      unigram[w] = (1 - UNIFORM) * continuation[w] / bigramKeys.length + UNIFORM / vocabulary;
      running += unigram[w];
      unigramCumulative[w] = running;
    }

    int contexts = 0;
    for (int i = 0; i < trigramKeys.length; i++) {
      if (i == 0 || (trigramKeys[i] >>> BITS) != (trigramKeys[i - 1] >>> BITS)) {
        contexts++;
      }
    }
    contextKeys = new long[contexts];
    contextStart = new int[contexts + 1];
    contextTotal = new int[contexts];
    int c = -1;
    for (int i = 0; i < trigramKeys.length; i++) {
      if (i == 0 || (trigramKeys[i] >>> BITS) != (trigramKeys[i - 1] >>> BITS)) {
        c++;
        contextKeys[c] = trigramKeys[i] >>> BITS;
        contextStart[c] = i;
      }
      contextTotal[c] += trigramCounts[i];
    }
    contextStart[contexts] = trigramKeys.length;
  }

  int vocabulary() {
    return vocabulary;
  }

  /** P(· | u v) over the whole vocabulary, written into {@code out}; sums to 1. */
  void distribution(int u, int v, double[] out) {
    int bTotal = bigramTotal[v];
    double lambda2 = bTotal == 0 ? 1 : D * (bigramStart[v + 1] - bigramStart[v]) / bTotal;
    int ctx = context(u, v);
    double lambda3 =
        ctx < 0 ? 1 : D * (contextStart[ctx + 1] - contextStart[ctx]) / contextTotal[ctx];
    double scale = lambda2 * lambda3;
    for (int w = 0; w < vocabulary; w++) {
      out[w] = unigram[w] * scale;
    }
    for (int i = bigramStart[v]; i < bigramStart[v + 1]; i++) {
      out[(int) (bigramKeys[i] & MASK)] += lambda3 * (bigramCounts[i] - D) / bTotal;
    }
    if (ctx >= 0) {
      for (int i = contextStart[ctx]; i < contextStart[ctx + 1]; i++) {
        out[(int) (trigramKeys[i] & MASK)] += (trigramCounts[i] - D) / contextTotal[ctx];
      }
    }
  }

  /** P(w | u v). */
  double probability(int u, int v, int w) {
    int bTotal = bigramTotal[v];
    double p = unigram[w];
    if (bTotal > 0) {
      double lambda2 = D * (bigramStart[v + 1] - bigramStart[v]) / bTotal;
      int i = Arrays.binarySearch(bigramKeys, ((long) v << BITS) | w);
      p = lambda2 * p + (i >= 0 ? (bigramCounts[i] - D) / bTotal : 0);
    }
    int ctx = context(u, v);
    if (ctx >= 0) {
      int total = contextTotal[ctx];
      double lambda3 = D * (contextStart[ctx + 1] - contextStart[ctx]) / total;
      long key = ((long) u << (2 * BITS)) | ((long) v << BITS) | w;
      int i = Arrays.binarySearch(trigramKeys, contextStart[ctx], contextStart[ctx + 1], key);
      p = lambda3 * p + (i >= 0 ? (trigramCounts[i] - D) / total : 0);
    }
    return p;
  }

  /** One draw from P(· | u v), descending the interpolation levels. */
  int sample(int u, int v, SplittableRandom random) {
    int ctx = context(u, v);
    if (ctx >= 0) {
      int from = contextStart[ctx];
      int to = contextStart[ctx + 1];
      double x = random.nextDouble() * contextTotal[ctx];
      for (int i = from; i < to; i++) {
        x -= trigramCounts[i] - D;
        if (x < 0) {
          return (int) (trigramKeys[i] & MASK);
        }
      }
    }
    int bTotal = bigramTotal[v];
    if (bTotal > 0) {
      double x = random.nextDouble() * bTotal;
      for (int i = bigramStart[v]; i < bigramStart[v + 1]; i++) {
        x -= bigramCounts[i] - D;
        if (x < 0) {
          return (int) (bigramKeys[i] & MASK);
        }
      }
    }
    int w =
        Arrays.binarySearch(
            unigramCumulative, random.nextDouble() * unigramCumulative[vocabulary - 1]);
    return Math.min(vocabulary - 1, w >= 0 ? w : -w - 1);
  }

  private int context(int u, int v) {
    return Arrays.binarySearch(contextKeys, ((long) u << BITS) | v);
  }

  private static long[][] countUnique(long[] keys) {
    long[] sorted = keys.clone();
    Arrays.sort(sorted);
    int unique = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        unique++;
      }
    }
    long[] out = new long[unique];
    long[] counts = new long[unique];
    int j = -1;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        out[++j] = sorted[i];
      }
      counts[j]++;
    }
    return new long[][] {out, counts};
  }

  private static int[] toInts(long[] values) {
    int[] out = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (int) values[i];
    }
    return out;
  }
}
