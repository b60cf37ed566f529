package dev.candor.image.internal.watermark;

import static dev.candor.image.internal.watermark.TileLayout.TILE;

/**
 * The eight orientations of the square tile (the identity, three quarter turns and four mirror
 * images), as a lattice basis's vectors relabelled: basis (v1, v2) becomes (a·v1 + c·v2, b·v1 +
 * d·v2) for the signed permutation matrix [[a, b], [c, d]] of orientation {@code o}. Folding with
 * the relabelled basis gives the fold with the same basis, its cells permuted ({@link #fold}): the
 * tile coordinates (u', v') of a pixel become S⁻¹·(u, v), so cell (u', v') of the new fold is cell
 * S·(u', v') (mod the tile) of the old one, up to which side an exact half rounds to (a shift of
 * one cell, which the synchronisation absorbs).
 *
 * <p>A mirrored or quarter-turned copy of a marked image, folded with the lattice the detector
 * finds for it (which does not know the handedness or which way is up), holds the tile turned or
 * mirrored by one of these.
 */
final class Orientation {
  /** Orientations, 0 the identity. */
  static final int COUNT = 8;

  /** Per orientation: a, b, c, d of S = [[a, b], [c, d]]. */
  private static final int[][] MATRIX = {
    {1, 0, 0, 1},
    {-1, 0, 0, 1},
    {1, 0, 0, -1},
    {-1, 0, 0, -1},
    {0, 1, 1, 0},
    {0, -1, 1, 0},
    {0, 1, -1, 0},
    {0, -1, -1, 0},
  };

  private Orientation() {}

  /** {@code basis} {v1x, v1y, v2x, v2y} relabelled for orientation {@code o}. */
  static double[] basis(double[] basis, int o) {
    int[] s = MATRIX[o];
    return new double[] {
      s[0] * basis[0] + s[2] * basis[2],
      s[0] * basis[1] + s[2] * basis[3],
      s[1] * basis[0] + s[3] * basis[2],
      s[1] * basis[1] + s[3] * basis[3],
    };
  }

  /** The orientation that undoes {@code o}: S⁻¹ = Sᵀ, which is S itself but for 5 and 6. */
  static int inverse(int o) {
    return o == 5 ? 6 : o == 6 ? 5 : o;
  }

  /** The TILE×TILE fold made with a basis, as the fold with that basis relabelled by {@code o}. */
  static double[] fold(double[] fold, int o) {
    if (o == 0) {
      return fold;
    }
    int[] s = MATRIX[o];
    int mask = TILE - 1;
    double[] out = new double[TILE * TILE];
    for (int v = 0; v < TILE; v++) {
      for (int u = 0; u < TILE; u++) {
        int su = (s[0] * u + s[1] * v) & mask;
        int sv = (s[2] * u + s[3] * v) & mask;
        out[v * TILE + u] = fold[sv * TILE + su];
      }
    }
    return out;
  }
}
