package dev.candor.image.internal;

import dev.candor.core.asset.ByteRange;
import dev.candor.core.asset.EmbedPlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Copies input ranges into a plan around the parts a format drops. */
public final class PlanRanges {
  private PlanRanges() {}

  /** Whether {@code offset} lies inside one of {@code ranges}. */
  public static boolean contains(List<ByteRange> ranges, long offset) {
    for (ByteRange r : ranges) {
      if (offset >= r.start() && offset < r.end()) {
        return true;
      }
    }
    return false;
  }

  /** Copies {@code [from, to)} of the input except the parts covered by {@code removed}. */
  public static void copyExcept(
      EmbedPlan.Builder plan, long from, long to, List<ByteRange> removed) {
    List<ByteRange> sorted = new ArrayList<>(removed);
    sorted.sort(Comparator.comparingLong(ByteRange::start));
    long pos = from;
    for (ByteRange r : sorted) {
      if (r.end() <= pos || r.start() >= to) {
        continue;
      }
      if (r.start() > pos) {
        plan.copy(pos, r.start() - pos);
      }
      pos = Math.max(pos, r.end());
    }
    if (pos < to) {
      plan.copy(pos, to - pos);
    }
  }
}
