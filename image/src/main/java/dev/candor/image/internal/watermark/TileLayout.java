package dev.candor.image.internal.watermark;

/**
 * The keyed arrangement of one watermark tile: {@value #TILE}×{@value #TILE} pixels holding a
 * {@value #GRID}×{@value #GRID} grid of chips {@value #PITCH} pixels apart. {@value #PILOT_CHIPS}
 * chips carry a known pilot (for synchronisation); the others carry the coded payload bits, each
 * coded bit spread over about three chips with a keyed sign per chip.
 */
public final class TileLayout {
  public static final int TILE = 128;
  public static final int PITCH = 4;
  public static final int GRID = TILE / PITCH;
  public static final int CHIPS = GRID * GRID;
  public static final int PILOT_CHIPS = 128;

  /** Per chip: +1/-1 keyed sign. */
  final int[] chipSign = new int[CHIPS];

  /** Per chip: -1 for pilot, else the index of the coded bit it carries. */
  final int[] chipBit = new int[CHIPS];

  /** Keyed whitening of the coded bits. */
  final boolean[] scramble = new boolean[PayloadCodec.CODED_BITS];

  /** Keyed mask XORed onto the CRC. */
  final int crcMask;

  public TileLayout(byte[] seed) {
    KeyStream ks = new KeyStream(seed, "layout");
    int[] perm = new int[CHIPS];
    for (int i = 0; i < CHIPS; i++) {
      perm[i] = i;
    }
    for (int i = CHIPS - 1; i > 0; i--) {
      int j = ks.nextInt(i + 1);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    for (int k = 0; k < CHIPS; k++) {
      int chip = perm[k];
      chipBit[chip] = k < PILOT_CHIPS ? -1 : (k - PILOT_CHIPS) % PayloadCodec.CODED_BITS;
      chipSign[chip] = ks.nextBit() ? 1 : -1;
    }
    for (int i = 0; i < scramble.length; i++) {
      scramble[i] = ks.nextBit();
    }
    crcMask = ks.nextInt32() & 0xffffff;
  }

  /** Chip values (+1/-1) for the given coded bits; {@code coded == null} gives the pilot alone. */
  float[] chipValues(boolean[] coded) {
    float[] v = new float[CHIPS];
    for (int c = 0; c < CHIPS; c++) {
      int b = chipBit[c];
      if (b < 0) {
        v[c] = chipSign[c];
      } else if (coded != null) {
        v[c] = (coded[b] ^ scramble[b]) ? -chipSign[c] : chipSign[c];
      }
    }
    return v;
  }
}
