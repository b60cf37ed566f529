package dev.candor.text.internal.watermark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MinSelfHashTest {
  private static final int THRESHOLD = KeyedMixer.greenThreshold(0.25);

  @Test
  void greenBit_tokenRankedBelowContext_ignoresContext() {
    MinSelfHash hash = new MinSelfHash(5L, THRESHOLD);
    int checked = 0;
    for (int token = 0; token < 2000; token++) {
      for (int prev = 0; prev < 50; prev++) {
        int m1 = hash.contextMin(new int[] {prev}, 1, 1);
        int m2 = hash.contextMin(new int[] {prev + 1000}, 1, 1);
        if (hash.rank(token) < m1 && hash.rank(token) < m2) {
          assertEquals(hash.greenBit(m1, token), hash.greenBit(m2, token));
          checked++;
        }
      }
    }
    assertTrue(checked > 10_000, "checked " + checked);
  }

  @Test
  void greenBit_overManyContexts_fractionIsGamma() {
    MinSelfHash hash = new MinSelfHash(6L, THRESHOLD);
    long green = 0;
    int n = 0;
    for (int prev = 0; prev < 500; prev++) {
      int m = hash.contextMin(new int[] {prev * 7919}, 1, 1);
      for (int token = 0; token < 1000; token++) {
        green += hash.greenBit(m, token);
        n++;
      }
    }
    // Self-ranked tokens repeat their bit across contexts, so the spread exceeds the binomial one.
    assertEquals(0.25, green / (double) n, 0.02);
  }

  @Test
  void tables_matchRankAndSelfBit() {
    MinSelfHash hash = new MinSelfHash(7L, THRESHOLD);
    MinSelfHash.Tables tables = hash.tables(3000);
    for (int v = 0; v < 3000; v++) {
      assertEquals(hash.rank(v), tables.ranks()[v]);
      assertEquals(-hash.greenBit(hash.rank(v), v), tables.selfMasks()[v]);
    }
  }

  @Test
  void rank_differentKeys_differ() {
    assertNotEquals(new MinSelfHash(1L, THRESHOLD).rank(5), new MinSelfHash(2L, THRESHOLD).rank(5));
  }
}
