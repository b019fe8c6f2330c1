package org.parley.core.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hipparchus.analysis.solvers.BrentSolver;
import org.parley.core.scenario.Loss;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.ScenarioInputs;
import org.parley.core.scenario.ScenarioInputs.Kind;
import org.parley.core.utility.SpatialUtility;

/**
 * The break-even value of a judgement for a package: the nearest value, below and above the central one within the
 * input's valid range, at which the package's verdict (every veto party's utility at least its value of no deal)
 * flips. A verdict changes only where some veto party's margin {@code m_v = u_v - R_v} crosses zero, so the
 * candidates are those crossings, found in closed form where the margin is piecewise linear or a ratio of linear
 * terms in the input (positions, saliences, package terms, status quo, reservation, conflict value, loss: see
 * docs/models/uncertainty.md), and by Brent's method on a scan of the valid range elsewhere (hazard, horizon,
 * discount). The verdict is then evaluated between candidates, and the first change is pinned by bisection to the
 * first representable value at which the verdict differs, so the reported value flips it and no value before it
 * does. Capabilities and model parameters move no margin and have no break-even.
 */
final class BreakEvens {

    private static final int SCAN = 256;

    private final ScenarioInputs in;
    private final Evaluator ev;
    private final Map<String, String> params;
    private final int[] veto;

    BreakEvens(Evaluator ev, Map<String, String> params) {
        this.in = ev.inputs();
        this.ev = ev;
        this.params = params;
        this.veto = ev.veto();
    }

    /** The break-even of input {@code k} for package {@code p}, or null when its verdict never flips. */
    Sensitivity.BreakEven of(int p, int k) {
        ScenarioInputs.Input input = in.input(k);
        if (input.kind() == Kind.CAPABILITY || !ev.packages()) {
            return null;
        }
        double[] x0 = in.central();
        double c = x0[k];
        boolean v0 = verdict(p, x0);
        double lo = input.minExclusive() ? Math.nextUp(input.min()) : input.min();
        double hi = Double.isInfinite(input.max()) ? Math.max(2 * Math.abs(c), c + 100) : input.max();
        double[] roots = candidates(p, k, x0, lo, hi);
        boolean exact = input.kind() != Kind.HAZARD && input.kind() != Kind.HORIZON && input.kind() != Kind.DISCOUNT;
        Double above = flip(p, k, x0, v0, c, hi, roots, true);
        Double below = flip(p, k, x0, v0, c, lo, roots, false);
        if (above == null && below == null) {
            return null;
        }
        return new Sensitivity.BreakEven(in.scenario().packages().get(p).id(), input.path(), c, below, above, v0,
                decidingParty(p, k, x0, Sensitivity.BreakEven.nearest(c, below, above)),
                exact ? "exact" : "root finding");
    }

    /**
     * Whether every veto party accepts package {@code p} under inputs {@code x}: every margin is {@code >= 0}, its
     * sign decided exactly near zero by the {@link Evaluator}, so by the acceptance rule of
     * {@link org.parley.core.deals.PackageReview}, and a break-even pinned to the last representable value agrees
     * with the verdict every view reports.
     */
    boolean verdict(int p, double[] x) {
        for (double v : margins(p, x)) {
            if (!(v >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** Every veto party's margin on package {@code p} under {@code x}. */
    double[] margins(int p, double[] x) {
        double[] out = new double[ev.size()];
        ev.evaluate(x, params, out);
        double[] m = new double[veto.length];
        for (int v = 0; v < veto.length; v++) {
            m[v] = out[ev.marginIndex(p, v)];
        }
        return m;
    }

    /**
     * The veto party whose acceptance flips at the break-even {@code at}: whose acceptance differs between the value
     * just short of it (towards the central value) and {@code at}, or else between the central value and {@code at};
     * of several, the one with the margin nearest zero at {@code at}.
     */
    private String decidingParty(int p, int k, double[] x0, double at) {
        double[] x = x0.clone();
        x[k] = at;
        double[] after = margins(p, x);
        x[k] = at > x0[k] ? Math.nextDown(at) : Math.nextUp(at);
        int best = flipped(margins(p, x), after);
        if (best < 0) {
            best = flipped(margins(p, x0), after);
        }
        return in.scenario().actors().get(veto[Math.max(best, 0)]).id();
    }

    /** The veto party whose acceptance differs between the two margins, nearest zero in {@code after}; or -1. */
    private static int flipped(double[] before, double[] after) {
        int best = -1;
        for (int v = 0; v < after.length; v++) {
            if ((before[v] >= 0) != (after[v] >= 0) && (best < 0 || Math.abs(after[v]) < Math.abs(after[best]))) {
                best = v;
            }
        }
        return best;
    }

    /** The first value from c towards {@code end} where the verdict differs from v0, or null. */
    private Double flip(int p, int k, double[] x0, boolean v0, double c, double end, double[] roots, boolean up) {
        List<Double> ahead = new ArrayList<>();
        for (double r : roots) {
            if (up ? r > c && r <= end : r < c && r >= end) {
                ahead.add(r);
            }
        }
        ahead.sort(up ? Double::compare : (a, b) -> Double.compare(b, a));
        ahead.add(end);
        double[] x = x0.clone();
        double same = c;
        for (int i = 0; i < ahead.size(); i++) {
            double r = ahead.get(i);
            double next = i + 1 < ahead.size() ? ahead.get(i + 1) : r;
            double mid = (r + next) / 2;
            for (double probe : new double[] {r, mid}) {
                x[k] = probe;
                if (verdict(p, x) != v0) {
                    return pin(p, k, x0, v0, same, probe);
                }
            }
            same = mid;
        }
        return null;
    }

    /** Bisects between {@code same} (verdict v0) and {@code other} (verdict not v0) to the first differing value. */
    private double pin(int p, int k, double[] x0, boolean v0, double same, double other) {
        double[] x = x0.clone();
        double a = same;
        double b = other;
        for (int it = 0; it < 200; it++) {
            double m = a + (b - a) / 2;
            if (m == a || m == b) {
                break;
            }
            x[k] = m;
            if (verdict(p, x) == v0) {
                a = m;
            } else {
                b = m;
            }
        }
        return b;
    }

    /** Values of input k where some veto party's margin on package p is zero. */
    private double[] candidates(int p, int k, double[] x0, double lo, double hi) {
        ScenarioInputs.Input input = in.input(k);
        Scenario s = in.scenario();
        SpatialUtility u = ev.utility(x0);
        double[] m0 = margins(p, x0);
        List<Double> out = new ArrayList<>();
        Kind kind = input.kind();
        int issues = in.issues();
        double[] pkg = new double[issues];
        for (int d = 0; d < issues; d++) {
            pkg[d] = u.toPercent(d, x0[in.termIndex(p, d)]);
        }
        for (int v = 0; v < veto.length; v++) {
            int i = veto[v];
            switch (kind) {
                case POSITION, SALIENCE -> {
                    int d = issueOf(k, i);
                    if (d < 0) {
                        continue;
                    }
                    if (kind == Kind.POSITION) {
                        positionRoots(u, i, d, pkg[d], m0[v], s, out);
                    } else {
                        salienceRoots(x0, u, i, d, pkg, in.reservation(x0, i), out);
                    }
                }
                case RESERVATION -> {
                    if (in.input(k).path().equals("actors." + s.actors().get(i).id() + ".reservation")) {
                        out.add(x0[k] + m0[v]);
                    }
                }
                case CONFLICT_VALUE, LOSS -> linearRoot(p, k, x0, v, m0[v], out);
                case TERM, STATUS_QUO -> {
                    for (int d = 0; d < issues; d++) {
                        if (in.termIndex(p, d) == k) {
                            termRoots(u, i, d, pkg[d], m0[v], s, out);
                        }
                    }
                }
                default -> numericRoots(p, k, v, x0, lo, hi, out);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).filter(r -> r >= lo && r <= hi).sorted().toArray();
    }

    /** The issue of actor i's position or salience at vector position k, or -1 when it is another actor's. */
    private int issueOf(int k, int i) {
        for (int d = 0; d < in.issues(); d++) {
            if (in.positionIndex(i, d) == k || in.salienceIndex(i, d) == k) {
                return d;
            }
        }
        return -1;
    }

    /** m(x) = m0 + w (|p - x0| - |p - x|) (linear) or m0 + w ((p - x0)^2 - (p - x)^2) / 100 (quadratic) = 0. */
    private void positionRoots(SpatialUtility u, int i, int d, double pd, double m0, Scenario s, List<Double> out) {
        double w = u.weight(i, d);
        if (!(w > 0)) {
            return;
        }
        double r = radius(s, pd - u.ideal(i, d), m0, w);
        if (r >= 0) {
            out.add(units(s, d, pd - r));
            out.add(units(s, d, pd + r));
        }
    }

    /** u(t) for a package term t: the same equation with the actor's ideal fixed and the term moving. */
    private void termRoots(SpatialUtility u, int i, int d, double t0, double m0, Scenario s, List<Double> out) {
        double w = u.weight(i, d);
        if (!(w > 0)) {
            return;
        }
        double xi = u.ideal(i, d);
        double r = radius(s, t0 - xi, m0, w);
        if (r >= 0) {
            out.add(units(s, d, xi - r));
            out.add(units(s, d, xi + r));
        }
    }

    /**
     * How far (percent) the moving point (a position, or a term) lies from the fixed one (the term, or the ideal)
     * where a margin {@code m0} at the gap {@code gap} between them reaches zero, with weight {@code w}:
     * {@code |gap| + m0 / w} (linear), {@code sqrt(gap^2 + 100 m0 / w)} (quadratic; NaN, so no root, when negative).
     */
    private static double radius(Scenario s, double gap, double m0, double w) {
        return s.loss() == Loss.LINEAR ? Math.abs(gap) + m0 / w : Math.sqrt(gap * gap + 100 * m0 / w);
    }

    /**
     * u(s) = 100 - (A + s l_d) / (B + s) with A, B the other issues' salience-weighted losses and saliences:
     * u(s) = R at {@code s = ((100 - R) B - A) / (l_d - (100 - R))}.
     */
    private void salienceRoots(double[] x, SpatialUtility u, int i, int d, double[] pkg, double r, List<Double> out) {
        double a = 0;
        double b = 0;
        double ld = 0;
        for (int e = 0; e < in.issues(); e++) {
            int si = in.salienceIndex(i, e);
            if (si < 0) {
                continue;
            }
            double gap = pkg[e] - u.ideal(i, e);
            double loss = in.scenario().loss() == Loss.LINEAR ? Math.abs(gap) : gap * gap / 100;
            if (e == d) {
                ld = loss;
            } else {
                a += x[si] * loss;
                b += x[si];
            }
        }
        double den = ld - (100 - r);
        if (den != 0) {
            out.add(((100 - r) * b - a) / den);
        }
    }

    /** The margin is linear in a conflict value or a loss: one root from two evaluations. */
    private void linearRoot(int p, int k, double[] x0, int v, double m0, List<Double> out) {
        double[] x = x0.clone();
        x[k] = x0[k] + 1;
        double slope = margins(p, x)[v] - m0;
        if (slope != 0) {
            out.add(x0[k] - m0 / slope);
        }
    }

    /** Brent's method on each sign change of party v's margin over a scan of [lo, hi]. */
    private void numericRoots(int p, int k, int v, double[] x0, double lo, double hi, List<Double> out) {
        double[] x = x0.clone();
        double prev = Double.NaN;
        double prevAt = lo;
        BrentSolver brent = new BrentSolver(1e-14, 1e-12);
        for (int j = 0; j <= SCAN; j++) {
            double at = lo + (hi - lo) * j / SCAN;
            x[k] = at;
            double m = margins(p, x)[v];
            if (j > 0 && Double.isFinite(prev) && Double.isFinite(m) && (prev < 0) != (m < 0)) {
                double a = prevAt;
                out.add(brent.solve(200, t -> {
                    double[] y = x0.clone();
                    y[k] = t;
                    return margins(p, y)[v];
                }, a, at));
            }
            prev = m;
            prevAt = at;
        }
    }

    private static double units(Scenario s, int d, double percent) {
        return s.issues().get(d).scale().fromPercent(percent);
    }
}
