package org.parley.core.utility;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Loss;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Stance;

/**
 * The spatial utilities of {@link SpatialUtility} in exact decimal arithmetic, for deciding {@code u_i >= rv_i} on
 * the boundary. Positions, saliences, scale ends, reservation values and package terms are finite decimals (each
 * double is read back as the shortest decimal that converts to it, {@link #decimal(double)}, which is the decimal
 * written in the file when it has at most 15 significant digits). With {@code R_d = max_d - min_d},
 * {@code P = prod_d R_d}, {@code K_d = P / R_d} and {@code S_i = sum_d s_id}, the utility of an outcome {@code t}
 * (issue units) is {@code u_i = 100 - L_i(t) / D_i} with
 * <pre>
 *   linear:    L_i(t) = sum_d 100 s_id K_d   |t_d - x_id|,   D_i = S_i P
 *   quadratic: L_i(t) = sum_d 100 s_id K_d^2 (t_d - x_id)^2, D_i = S_i P^2
 * </pre>
 * which is {@code 100 - sum_d (s_id / S_i) |p_d - p(x_id)|} on the 0..100 percent scale (squared over 100 for
 * quadratic loss) multiplied out, so that no division is left: {@code u_i >= rv_i} exactly when
 * {@code L_i(t) <= (100 - rv_i) D_i}. An actor whose saliences sum to 0 has utility 100 everywhere.
 */
public final class ExactSpatial {

    /** Precision of the roundings to double (34 digits, far beyond a double's 17). */
    private static final MathContext ROUND = MathContext.DECIMAL128;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Loss loss;
    private final int issues;
    private final BigDecimal[] min;
    private final BigDecimal[] range;
    private final BigDecimal[][] ideal;
    private final BigDecimal[][] coefficient;
    private final BigDecimal[] denominator;
    private final BigDecimal[] reservation;

    private ExactSpatial(Scenario s) {
        List<Issue> is = s.issues();
        List<Actor> as = s.actors();
        this.loss = s.loss();
        this.issues = is.size();
        this.min = new BigDecimal[issues];
        this.range = new BigDecimal[issues];
        BigDecimal product = BigDecimal.ONE;
        for (int d = 0; d < issues; d++) {
            min[d] = decimal(is.get(d).scale().min());
            range[d] = decimal(is.get(d).scale().max()).subtract(min[d]);
            product = product.multiply(range[d]);
        }
        BigDecimal[] k = new BigDecimal[issues];
        for (int d = 0; d < issues; d++) {
            BigDecimal kd = BigDecimal.ONE;
            for (int j = 0; j < issues; j++) {
                if (j != d) {
                    kd = kd.multiply(range[j]);
                }
            }
            k[d] = loss == Loss.LINEAR ? kd : kd.multiply(kd);
        }
        BigDecimal p = loss == Loss.LINEAR ? product : product.multiply(product);
        this.ideal = new BigDecimal[as.size()][issues];
        this.coefficient = new BigDecimal[as.size()][issues];
        this.denominator = new BigDecimal[as.size()];
        this.reservation = new BigDecimal[as.size()];
        for (int i = 0; i < as.size(); i++) {
            Actor a = as.get(i);
            BigDecimal total = BigDecimal.ZERO;
            for (Stance st : a.stances().values()) {
                total = total.add(decimal(st.salience()));
            }
            for (int d = 0; d < issues; d++) {
                Stance st = a.stances().get(is.get(d).id());
                if (st != null && total.signum() > 0) {
                    ideal[i][d] = decimal(st.position());
                    coefficient[i][d] = HUNDRED.multiply(decimal(st.salience())).multiply(k[d]);
                } else {
                    ideal[i][d] = BigDecimal.ZERO;
                    coefficient[i][d] = BigDecimal.ZERO;
                }
            }
            denominator[i] = total.multiply(p);
            reservation[i] = a.hasReservation() ? decimal(a.reservation()) : null;
        }
    }

    /** The exact utilities of a validated scenario. */
    public static ExactSpatial of(Scenario s) {
        return new ExactSpatial(s);
    }

    /** A double read back as the shortest decimal that converts to it ({@link BigDecimal#valueOf(double)}). */
    public static BigDecimal decimal(double x) {
        return BigDecimal.valueOf(x);
    }

    /** An outcome in issue units as decimals. */
    public static BigDecimal[] decimals(double[] outcome) {
        BigDecimal[] t = new BigDecimal[outcome.length];
        for (int d = 0; d < t.length; d++) {
            t[d] = decimal(outcome[d]);
        }
        return t;
    }

    /** An outcome given on 0..100 per issue (each a decimal) in issue units, exactly: {@code min + p R / 100}. */
    public BigDecimal[] fromPercent(double[] percent) {
        BigDecimal[] t = new BigDecimal[issues];
        for (int d = 0; d < issues; d++) {
            t[d] = min[d].add(decimal(percent[d]).multiply(range[d]).movePointLeft(2));
        }
        return t;
    }

    /**
     * A value on 0..100 of a scale in the scale's units, exactly ({@code min + p (max - min) / 100}) and then rounded
     * once: a decimal repaired term such as 20.2 comes back as the double of 20.2.
     */
    public static double fromPercent(org.parley.core.scenario.Scale scale, double percent) {
        BigDecimal min = decimal(scale.min());
        return min.add(decimal(percent).multiply(decimal(scale.max()).subtract(min)).movePointLeft(2)).doubleValue();
    }

    /** {@code L_i(t)}: actor {@code i}'s loss at outcome {@code t}, times {@code D_i}. */
    public BigDecimal scaledLoss(int i, BigDecimal[] t) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int d = 0; d < issues; d++) {
            if (coefficient[i][d].signum() != 0) {
                BigDecimal gap = t[d].subtract(ideal[i][d]);
                sum = sum.add(coefficient[i][d].multiply(loss == Loss.LINEAR ? gap.abs() : gap.multiply(gap)));
            }
        }
        return sum;
    }

    /** The sign of {@code u_i(t) - rv_i}, exactly (-1, 0 or 1); the actor must have a reservation value. */
    public int compareToReservation(int i, BigDecimal[] t) {
        BigDecimal room = HUNDRED.subtract(reservation(i));
        if (denominator[i].signum() == 0) {
            return room.signum();
        }
        return room.multiply(denominator[i]).compareTo(scaledLoss(i, t));
    }

    /** {@code u_i(t) - rv_i}, computed exactly and rounded once to double (so its sign is exact). */
    public double margin(int i, BigDecimal[] t) {
        BigDecimal room = HUNDRED.subtract(reservation(i));
        if (denominator[i].signum() == 0) {
            return room.doubleValue();
        }
        return room.multiply(denominator[i]).subtract(scaledLoss(i, t)).divide(denominator[i], ROUND).doubleValue();
    }

    /** {@code u_i(t)}, computed exactly and rounded once to double. */
    public double utility(int i, BigDecimal[] t) {
        if (denominator[i].signum() == 0) {
            return 100;
        }
        return HUNDRED.subtract(scaledLoss(i, t).divide(denominator[i], ROUND)).doubleValue();
    }

    /**
     * Actor {@code i}'s utility on a grid of {@code points} equally spaced values per issue (ends included), as
     * exact decimal tables: value {@code v} of issue {@code d} is {@code t = min_d + R_d v / (points - 1)}, and
     * multiplying by {@code g = points - 1} (squared under quadratic loss) keeps the tables decimal:
     * {@code u_i(o) = 100 - sum_d loss[d][o_d] / denominator} and {@code u_i >= rv} exactly when
     * {@code sum_d loss[d][o_d] <= budget}. {@code rv} is the actor's reservation value, 0 when it has none.
     */
    public GridTables grid(int i, int points) {
        BigDecimal g = BigDecimal.valueOf(points - 1L);
        BigDecimal rv = reservation[i] == null ? BigDecimal.ZERO : reservation[i];
        BigDecimal[][] table = new BigDecimal[issues][points];
        if (denominator[i].signum() == 0) {
            for (BigDecimal[] row : table) {
                java.util.Arrays.fill(row, BigDecimal.ZERO);
            }
            return new GridTables(table, BigDecimal.ONE, HUNDRED.subtract(rv));
        }
        for (int d = 0; d < issues; d++) {
            BigDecimal offset = g.multiply(min[d].subtract(ideal[i][d]));
            for (int v = 0; v < points; v++) {
                BigDecimal gap = offset.add(range[d].multiply(BigDecimal.valueOf(v)));
                table[d][v] = coefficient[i][d].multiply(loss == Loss.LINEAR ? gap.abs() : gap.multiply(gap));
            }
        }
        BigDecimal den = denominator[i].multiply(loss == Loss.LINEAR ? g : g.multiply(g));
        return new GridTables(table, den, HUNDRED.subtract(rv).multiply(den));
    }

    /**
     * Exact grid utilities: {@code u(o) = 100 - sum_d loss[d][o_d] / denominator}, accepted exactly when
     * {@code sum_d loss[d][o_d] <= budget}.
     */
    public record GridTables(BigDecimal[][] loss, BigDecimal denominator, BigDecimal budget) {
    }

    private BigDecimal reservation(int i) {
        if (reservation[i] == null) {
            throw new IllegalArgumentException("actor " + i + " has no reservation value");
        }
        return reservation[i];
    }
}
