package org.parley.core.forecast.bdm;

import org.parley.core.forecast.bdm.BdmSettings.Compel;
import org.parley.core.forecast.bdm.BdmSettings.CompromiseSign;
import org.parley.core.forecast.bdm.BdmSettings.Selection;

/** Regions of Scholz's Fig. 6, the position each offer proposes, and how a mover ranks its offers (Section 6.2). */
final class OfferRules {

    private OfferRules() {
    }

    /**
     * The region of the dyad for mover i, with {@code a = E(U_ij)}, {@code b = E(U_ji)}; the tests run in the order
     * of the reference replication (conflict, compromise, capitulation).
     */
    static Region classify(double a, double b, CompromiseSign sign, Compel compel) {
        if (b > a && a > 0) {
            return Region.CONFLICT; // Fig. 6: conflict, j favoured
        }
        boolean compromise = sign == CompromiseSign.FIGURE
                ? b > 0 && 0 > a && b > Math.abs(a) // Fig. 6 (A3, figure reading)
                : a < 0 && b < 0 && Math.abs(b) > Math.abs(a); // eq. 36 as printed, b < 0 (A3, text reading)
        if (compromise) {
            return Region.COMPROMISE;
        }
        if (compel == Compel.FIGURE && a < 0 && 0 < b && Math.abs(a) > Math.abs(b)) {
            return Region.CAPITULATION; // Fig. 6: i is compelled (A4)
        }
        if (a < 0 && b < 0) {
            return Region.STALEMATE;
        }
        return a > b ? Region.UPPER_HAND : Region.NONE;
    }

    /**
     * The position the offer proposes to i: {@code x_j} for conflict and capitulation,
     * {@code x_i + (x_j - x_i) |a / b|} for a compromise (eq. 36), {@code x_i} otherwise. A compromise is clamped
     * between {@code x_i} and {@code x_j} against rounding.
     */
    static double position(Region region, double xi, double xj, double a, double b) {
        switch (region) {
            case CONFLICT:
            case CAPITULATION:
                return xj;
            case COMPROMISE:
                double p = xi + (xj - xi) * Math.abs(a / b);
                return Math.max(Math.min(xi, xj), Math.min(Math.max(xi, xj), p));
            default:
                return xi;
        }
    }

    /**
     * The key by which a mover ranks offers of one region type, smallest first (ties to the first partner in input
     * order): the move {@code |x' - x_i|}; Scholz's compromise key {@code (|a| x_i + |b| x_j) / (|a| + |b|)} for
     * compromises; or {@code -b}, the challenger with the highest EU first.
     */
    static double key(Selection selection, Region region, double xi, double xj, double a, double b, double position) {
        switch (selection) {
            case COMPROMISE_KEY:
                if (region == Region.COMPROMISE) {
                    return (Math.abs(a) * xi + Math.abs(b) * xj) / (Math.abs(a) + Math.abs(b));
                }
                return Math.abs(position - xi);
            case HIGHEST_EU:
                return -b;
            default:
                return Math.abs(position - xi);
        }
    }
}
