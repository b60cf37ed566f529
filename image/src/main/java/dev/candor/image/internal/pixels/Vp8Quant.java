package dev.candor.image.internal.pixels;

/** The frame's quantiser steps (§9.6, §14.1), no deltas. */
final class Vp8Quant {
  final int index;
  final int y1dc;
  final int y1ac;
  final int y2dc;
  final int y2ac;
  final int uvdc;
  final int uvac;

  Vp8Quant(int qi) {
    index = qi;
    y1dc = Vp8Tables.DC_STEP[qi];
    y1ac = Vp8Tables.AC_STEP[qi];
    y2dc = Vp8Tables.DC_STEP[qi] * 2;
    y2ac = Math.max(8, Vp8Tables.AC_STEP[qi] * 155 / 100);
    uvdc = Vp8Tables.DC_STEP[Math.min(qi, 117)];
    uvac = Vp8Tables.AC_STEP[qi];
  }

  /** The quantised level of {@code c}: rounded to nearest for DC, with a small dead zone for AC. */
  int level(double c, int step, boolean dc) {
    double a = Math.abs(c) / step + (dc ? 0.5 : 0.38);
    int l = Math.min(Vp8Tokens.MAX_LEVEL, (int) a);
    return c < 0 ? -l : l;
  }
}
