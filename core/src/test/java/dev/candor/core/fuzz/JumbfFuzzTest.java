package dev.candor.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.candor.core.internal.jumbf.Box;
import dev.candor.core.internal.jumbf.JumbfException;
import dev.candor.core.internal.jumbf.JumbfReader;

/**
 * Fuzz target: the JUMBF reader on arbitrary bytes. Only {@link JumbfException} may escape; a
 * parsed tree must lie inside the input (no box claims bytes that are not there).
 */
class JumbfFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void parse(byte[] input) {
    Box root;
    try {
      root = JumbfReader.parse(input);
    } catch (JumbfException e) {
      return;
    }
    FuzzContracts.check(root.length() == input.length, "root box length differs from the input");
    walk(root, input.length, 0);
  }

  private static void walk(Box b, int limit, int depth) {
    FuzzContracts.check(depth <= JumbfReader.MAX_DEPTH + 1, "nesting beyond the cap");
    FuzzContracts.check(
        b.start() >= 0 && b.start() + (long) b.length() <= limit, "a box runs past the input");
    b.payload();
    if (b.isSuperbox()) {
      b.label();
      for (Box c : b.children()) {
        walk(c, limit, depth + 1);
      }
    }
  }
}
