package org.parley.core.phasing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.parley.core.deals.SolverBudgets;
import org.parley.core.optim.LinearProgram;
import org.parley.core.scenario.Punishment;

/**
 * The designer's linear programs over a schedule of K stages. Variables: the step {@code Delta_{t,m} >= 0} of every
 * moving issue m at every stage t, toward the package, on 0..100; the cumulative progress is
 * {@code X_{k,m} = sum_{t <= k} Delta_{t,m}}. Each party's linear-loss utility of a state is
 * {@code 100 - sum_m w_m |X_m - kappa_m|} (kappa: its ideal point along the issue's direction), linear inside a
 * {@link Region}, so that every slack {@code sigma_i(t)} of {@link SelfEnforcement} is linear in the steps there.
 * With a fixed target the steps of each issue sum to its distance to the package; with a free target (the nearest
 * phaseable package) they stay within the scale. A relaxation replaces the region by bounds valid everywhere
 * (subgradients where a utility counts for the party, chords where it counts against), so its optimum bounds
 * every schedule's maximum minimum slack from above.
 */
final class PhasingProgram {

    /** Objective shift that keeps the max-min variable non-negative (slacks are utility points per year). */
    private static final double SHIFT = 1000;
    /** Margin (utility points) by which every veto party must accept the nearest phaseable package. */
    static final double ACCEPT_MARGIN = 0.05;

    enum Objective { MAX_MIN, FASTEST, HOSTAGE, NEAREST }

    final PhasedDeal g;
    final double[] years;
    final int stages;
    final boolean free;
    /** Issue index of each moving issue. */
    final int[] moving;
    /** The package's distance from the start along each moving issue (0..100). */
    final double[] reach;
    /** How far each moving issue may go: its reach (fixed target) or to the scale's end (free target). */
    final double[] limit;
    /** {@code kappa[p][m]}, {@code weight[p][m]}: party p's ideal point along issue m, and its weight. */
    final double[][] kappa;
    final double[][] weight;
    /** The sorted distinct ideal points strictly inside (0, limit) of each moving issue. */
    final double[][] kinks;
    /** Per-stage discount {@code delta^L_t} and weight {@code 1 - delta^L_t}, per party, stages 0..K. */
    final double[][] dl;
    final double[][] a;
    /** Utility of the issues that do not move, per party. */
    final double[] still;

    PhasingProgram(PhasedDeal g, double[] years, boolean free) {
        this.g = g;
        this.years = years.clone();
        this.stages = years.length - 1;
        this.free = free;
        List<Integer> mv = new ArrayList<>();
        for (int d = 0; d < g.issues; d++) {
            if (g.direction[d] != 0) {
                mv.add(d);
            }
        }
        this.moving = mv.stream().mapToInt(Integer::intValue).toArray();
        int n = g.parties.length;
        int mm = moving.length;
        this.reach = new double[mm];
        this.limit = new double[mm];
        this.kappa = new double[n][mm];
        this.weight = new double[n][mm];
        this.kinks = new double[mm][];
        for (int m = 0; m < mm; m++) {
            int d = moving[m];
            reach[m] = Math.abs(g.goal[d] - g.start[d]);
            limit[m] = free ? (g.direction[d] > 0 ? 100 - g.start[d] : g.start[d]) : reach[m];
            TreeSet<Double> inside = new TreeSet<>();
            for (int p = 0; p < n; p++) {
                kappa[p][m] = g.direction[d] * (g.u.ideal(g.parties[p], d) - g.start[d]);
                weight[p][m] = g.u.weight(g.parties[p], d);
                if (weight[p][m] > 0 && kappa[p][m] > 0 && kappa[p][m] < limit[m]) {
                    inside.add(kappa[p][m]);
                }
            }
            kinks[m] = inside.stream().mapToDouble(Double::doubleValue).toArray();
        }
        this.still = new double[n];
        this.dl = new double[n][stages + 1];
        this.a = new double[n][stages + 1];
        for (int p = 0; p < n; p++) {
            double loss = 0;
            for (int d = 0; d < g.issues; d++) {
                if (g.direction[d] == 0) {
                    loss += g.u.issueLoss(g.parties[p], d, g.start[d]);
                }
            }
            still[p] = 100 - loss;
            for (int t = 1; t <= stages; t++) {
                dl[p][t] = Math.pow(g.delta[p], SelfEnforcement.length(years, t));
                a[p][t] = 1 - dl[p][t];
            }
        }
    }

    /** The number of kinks: zero means a single region, so every program is exact. */
    int kinkCount() {
        int k = 0;
        for (double[] row : kinks) {
            k += row.length;
        }
        return k;
    }

    /** The region that contains the cumulative progress {@code x[k][m]} (k = 0..K). */
    Region regionOf(double[][] x) {
        int[][] cross = new int[moving.length][];
        for (int m = 0; m < moving.length; m++) {
            cross[m] = new int[kinks[m].length];
            for (int j = 0; j < kinks[m].length; j++) {
                int c = stages + 1;
                for (int k = 1; k <= stages; k++) {
                    if (x[k][m] >= kinks[m][j]) {
                        c = k;
                        break;
                    }
                }
                cross[m][j] = c;
            }
        }
        return new Region(cross);
    }

    /** Even progress toward the package: {@code X_k = reach * k / K}. */
    double[][] evenProgress() {
        double[][] x = new double[stages + 1][moving.length];
        for (int k = 0; k <= stages; k++) {
            for (int m = 0; m < moving.length; m++) {
                x[k][m] = reach[m] * k / stages;
            }
        }
        return x;
    }

    /** A linear form {@code constant + sum coef[k][m] X_{k,m}} over the cumulative progress, k = 1..K. */
    private final class Form {
        double constant;
        final double[][] coef = new double[stages + 1][moving.length];

        void add(Form f, double factor) {
            constant += factor * f.constant;
            for (int k = 1; k <= stages; k++) {
                for (int m = 0; m < moving.length; m++) {
                    coef[k][m] += factor * f.coef[k][m];
                }
            }
        }

        /** The coefficients on the steps: {@code Delta_{t,m}} enters every {@code X_{k,m}} with k >= t. */
        double[] steps(int variables) {
            double[] r = new double[variables];
            for (int m = 0; m < moving.length; m++) {
                double suffix = 0;
                for (int k = stages; k >= 1; k--) {
                    suffix += coef[k][m];
                    r[var(k, m)] = suffix;
                }
            }
            return r;
        }
    }

    int var(int t, int m) {
        return (t - 1) * moving.length + m;
    }

    int stepCount() {
        return stages * moving.length;
    }

    /**
     * Party p's utility of a state in which moving issue m stands at stage {@code at[m]}, or at its revocation point
     * where {@code reverted[m]}. {@code signs} gives the side of each kink (the region), or null for the relaxation,
     * which takes {@code incumbent}'s side where {@code upper} (the utility counts for the party: an upper bound by a
     * subgradient) and the chord over the issue's range otherwise (a lower bound).
     */
    private Form utility(int p, int[] at, boolean[] reverted, Region region, Region incumbent, boolean upper) {
        Form f = new Form();
        f.constant = still[p];
        for (int m = 0; m < moving.length; m++) {
            double w = weight[p][m];
            double kp = kappa[p][m];
            int d = moving[m];
            if (w == 0) {
                continue;
            }
            if (reverted[m]) {
                double xr = g.direction[d] * (g.revertTo[d] - g.start[d]);
                f.constant -= w * Math.abs(xr - kp);
                continue;
            }
            int k = at[m];
            if (k == 0 || (!free && k == stages)) {
                double x = k == 0 ? 0 : reach[m];
                f.constant -= w * Math.abs(x - kp);
                continue;
            }
            double alpha;
            double beta;
            if (region == null && !upper) {
                double lim = limit[m];
                alpha = Math.abs(kp);
                beta = (Math.abs(lim - kp) - Math.abs(kp)) / lim;
            } else {
                double s = side(region == null ? incumbent : region, p, m, k);
                alpha = -s * kp;
                beta = s;
            }
            f.constant -= w * alpha;
            f.coef[k][m] -= w * beta;
        }
        return f;
    }

    /** The sign of {@code X_{k,m} - kappa_{p,m}} in the region. */
    private double side(Region r, int p, int m, int k) {
        double kp = kappa[p][m];
        if (kp <= 0) {
            return 1;
        }
        if (kp >= limit[m]) {
            return -1;
        }
        int j = Arrays.binarySearch(kinks[m], kp);
        return k < r.cross[m][j] ? -1 : 1;
    }

    /**
     * Party p's utility {@code U_tau} of the state after each stage tau = 1..K, as linear forms: each in
     * {@code X_tau} alone, so that building every slack of p from them costs O(K x issues) a stage.
     */
    private Form[] stageUtilities(int p, Region region, Region incumbent) {
        Form[] u = new Form[stages + 1];
        int[] at = new int[moving.length];
        boolean[] none = new boolean[moving.length];
        for (int tau = 1; tau <= stages; tau++) {
            Arrays.fill(at, tau);
            u[tau] = utility(p, at, none, region, incumbent, true);
        }
        return u;
    }

    /**
     * The slack {@code sigma_p(t)} (utility points per year) as a linear form, given p's {@link #stageUtilities}: the
     * value of complying, {@code sum_tau omega_tau U_tau}, less what defecting brings.
     */
    private Form slack(int p, int t, Form[] u, Region region, Region incumbent) {
        int mm = moving.length;
        Form sigma = new Form();
        double weightSoFar = 1;
        for (int tau = t; tau <= stages; tau++) {
            double omega = tau < stages ? weightSoFar * a[p][tau] : weightSoFar;
            // U_tau has coefficients on X_tau alone: Form.add without its rows of zeros
            sigma.constant += omega * u[tau].constant;
            for (int m = 0; m < mm; m++) {
                sigma.coef[tau][m] += omega * u[tau].coef[tau][m];
            }
            weightSoFar *= dl[p][tau];
        }
        int[] at = new int[mm];
        boolean[] none = new boolean[mm];
        for (int m = 0; m < mm; m++) {
            at[m] = g.withholds[p][moving[m]] ? t - 1 : t;
        }
        sigma.add(utility(p, at, none, region, incumbent, false), -a[p][t]);
        if (g.punishment == Punishment.NO_DEAL) {
            sigma.constant -= dl[p][t] * g.reservation[p];
        } else {
            boolean[] rev = new boolean[mm];
            for (int m = 0; m < mm; m++) {
                rev[m] = g.revoked[p][moving[m]];
            }
            sigma.add(utility(p, at, rev, region, incumbent, false), -dl[p][t]);
        }
        return sigma;
    }

    /** A solved program: its objective value and the cumulative progress {@code x[k][m]}, or null if infeasible. */
    record Solution(double value, double[][] x, double[] extra) {
    }

    /**
     * Solves one program: in {@code region} (exact), or with {@code region == null} the relaxation around
     * {@code incumbent} (MAX_MIN only). Returns null when the program is infeasible.
     */
    Solution solve(Objective objective, Region region, Region incumbent) {
        return solve(objective, region, incumbent, null);
    }

    /**
     * As {@link #solve(Objective, Region, Region)}; for MAX_MIN, {@code floors[p]} (when not NaN) keeps party p's
     * slack at or above that floor instead of counting it in the minimum (one round of a leximin).
     */
    Solution solve(Objective objective, Region region, Region incumbent, double[] floors) {
        int n = g.parties.length;
        int mm = moving.length;
        int steps = stepCount();
        int extra = switch (objective) {
            case MAX_MIN -> 1;
            case FASTEST -> 0;
            case HOSTAGE -> n;
            case NEAREST -> mm;
        };
        int vars = steps + extra;
        LinearProgram lp = new LinearProgram(vars);
        for (int m = 0; m < mm; m++) {
            double[] r = lp.row();
            for (int t = 1; t <= stages; t++) {
                r[var(t, m)] = 1;
            }
            lp.atMost(r, limit[m]);
            if (!free) {
                double[] neg = lp.row();
                for (int t = 1; t <= stages; t++) {
                    neg[var(t, m)] = -1;
                }
                lp.atMost(neg, -reach[m]);
            }
        }
        if (region != null) {
            sides(lp, region);
        }
        for (int p = 0; p < n; p++) {
            Form[] u = stageUtilities(p, region, incumbent);
            for (int t = 1; t <= stages; t++) {
                Form sigma = slack(p, t, u, region, incumbent);
                double[] r = sigma.steps(vars);
                for (int j = 0; j < steps; j++) {
                    r[j] = -r[j];
                }
                double rhs = sigma.constant;
                boolean floored = floors != null && !Double.isNaN(floors[p]);
                switch (objective) {
                    case MAX_MIN -> {
                        if (floored) {
                            rhs -= floors[p];
                        } else {
                            r[steps] = 1;
                            rhs += SHIFT;
                        }
                    }
                    case HOSTAGE -> r[steps + p] = -dl[p][t];
                    default -> { }
                }
                lp.atMost(r, rhs);
            }
        }
        switch (objective) {
            case MAX_MIN -> lp.objective(steps, 1);
            case FASTEST -> {
                for (int t = 1; t < stages; t++) {
                    for (int m = 0; m < mm; m++) {
                        lp.objective(var(t, m), (double) (stages - t) / (reach[m] * mm));
                    }
                }
            }
            case HOSTAGE -> {
                for (int p = 0; p < n; p++) {
                    lp.objective(steps + p, -1);
                }
            }
            case NEAREST -> nearest(lp, region, steps);
        }
        LinearProgram.Result res = lp.solve(SolverBudgets.defaults().simplexPivots());
        if (!res.optimal()) {
            return null;
        }
        double[][] x = new double[stages + 1][mm];
        for (int m = 0; m < mm; m++) {
            double sum = 0;
            for (int t = 1; t <= stages; t++) {
                sum += res.x()[var(t, m)];
                x[t][m] = t == stages && !free ? reach[m] : sum;
            }
        }
        double value = objective == Objective.MAX_MIN ? res.value() - SHIFT : res.value();
        return new Solution(value, x, Arrays.copyOfRange(res.x(), steps, vars));
    }

    /** Keeps every path on its side of every kink: {@code X_{c-1} <= kink <= X_c}. */
    private void sides(LinearProgram lp, Region region) {
        for (int m = 0; m < moving.length; m++) {
            for (int j = 0; j < kinks[m].length; j++) {
                int c = region.cross[m][j];
                if (c - 1 >= 1) {
                    double[] r = lp.row();
                    for (int t = 1; t <= c - 1; t++) {
                        r[var(t, m)] = 1;
                    }
                    lp.atMost(r, kinks[m][j]);
                }
                if (c <= (free ? stages : stages - 1)) {
                    double[] r = lp.row();
                    for (int t = 1; t <= c; t++) {
                        r[var(t, m)] = -1;
                    }
                    lp.atMost(r, -kinks[m][j]);
                }
            }
        }
    }

    /** The nearest phaseable package: minimise {@code sum_m |X_K,m - reach_m|}, every veto party accepting. */
    private void nearest(LinearProgram lp, Region region, int steps) {
        int mm = moving.length;
        for (int m = 0; m < mm; m++) {
            double[] up = lp.row();
            double[] down = lp.row();
            for (int t = 1; t <= stages; t++) {
                up[var(t, m)] = 1;
                down[var(t, m)] = -1;
            }
            up[steps + m] = -1;
            down[steps + m] = -1;
            lp.atMost(up, reach[m]);
            lp.atMost(down, -reach[m]);
            lp.objective(steps + m, -1);
        }
        int[] at = new int[mm];
        Arrays.fill(at, stages);
        boolean[] none = new boolean[mm];
        for (int p = 0; p < g.parties.length; p++) {
            var actor = g.scenario.actors().get(g.parties[p]);
            if (!actor.veto() || !actor.hasReservation()) {
                continue;
            }
            Form u = utility(p, at, none, region, null, true);
            double[] r = u.steps(lp.row().length);
            for (int j = 0; j < steps; j++) {
                r[j] = -r[j];
            }
            lp.atMost(r, u.constant - actor.reservation() - ACCEPT_MARGIN);
        }
    }

    /**
     * The states (0..100 per issue, stages 0..K) of a solution's progress, with the simplex's rounding noise removed:
     * progress never falls, steps below 1e-9 of a scale point are no steps, and progress within 1e-9 of the package
     * is the package.
     */
    double[][] states(double[][] x) {
        double[][] s = new double[stages + 1][];
        double[] clean = new double[stages + 1];
        for (int k = 0; k <= stages; k++) {
            s[k] = g.start.clone();
        }
        for (int m = 0; m < moving.length; m++) {
            int d = moving[m];
            for (int k = 1; k <= stages; k++) {
                double v = Math.min(limit[m], Math.max(clean[k - 1], x[k][m]));
                if (v - clean[k - 1] < 1e-9) {
                    v = clean[k - 1];
                }
                if (Math.abs(reach[m] - v) < 1e-9) {
                    v = reach[m];
                }
                clean[k] = v;
                s[k][d] = g.start[d] + g.direction[d] * v;
            }
        }
        return s;
    }
}
