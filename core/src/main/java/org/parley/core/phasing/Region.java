package org.parley.core.phasing;

import java.util.Arrays;

/**
 * A region of the schedule space in which every issue's path stays on a fixed side of every party's ideal point:
 * for each moving issue and each of its kinks (ideal points inside its range), the stage at which the path
 * crosses the kink. Inside a region every utility is linear in the steps, so the designer's programs are exact.
 */
final class Region {

    /** {@code cross[m][j]}: the first stage k with {@code X_k >= kink_j} on moving issue m (K + 1: never). */
    final int[][] cross;

    Region(int[][] cross) {
        this.cross = new int[cross.length][];
        for (int m = 0; m < cross.length; m++) {
            this.cross[m] = cross[m].clone();
        }
    }

    /** A copy with kink j of issue m crossed at stage c, moving the other kinks of m as their order requires. */
    Region moved(int m, int j, int c) {
        Region r = new Region(cross);
        int[] row = r.cross[m];
        row[j] = c;
        for (int k = j - 1; k >= 0; k--) {
            row[k] = Math.min(row[k], c);
        }
        for (int k = j + 1; k < row.length; k++) {
            row[k] = Math.max(row[k], c);
        }
        return r;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Region r && Arrays.deepEquals(cross, r.cross);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(cross);
    }
}
