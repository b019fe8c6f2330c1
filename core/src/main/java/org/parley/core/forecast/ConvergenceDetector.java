package org.parley.core.forecast;

import java.util.HashSet;
import java.util.Set;
import org.parley.core.params.Params;

/**
 * Whether a multi-round forecast came to rest on one issue, read from its per-round headline series
 * {@code h_0 .. h_T} (round 0 = the positions given): with {@code tol = tolerance x scale width} and the last
 * {@code w = min(window, T)} rounds examined,
 * <ol>
 *   <li>SETTLED when the model's own stop rule was met, or when {@code |h_t - h_T| <= tol} for every t of the
 *       window; it settled at the first round from which the series stays within {@code tol} of {@code h_T};</li>
 *   <li>else CYCLING with period k, for the least {@code k >= 2} with {@code 2k <= w + 1} such that
 *       {@code |h_t - h_{t-k}| <= tol} across the whole window; the range is that of the last k rounds;</li>
 *   <li>else DRIFTING, ranging over the window {@code h_{T-w} .. h_T};</li>
 *   <li>a series of round 0 alone (no round run) is ONE_SHOT.</li>
 * </ol>
 * O(w^2) per issue. The rule is Parley's: none of the papers gives one (Scholz et al. 2011: "in general the results
 * do not stabilise"). Parameters {@code convergence_tolerance} (default {@value #DEFAULT_TOLERANCE} of the scale)
 * and {@code convergence_window} (default {@value #DEFAULT_WINDOW} rounds); see docs/models/*.md.
 *
 * @param tolerance the largest change still counted as none, as a fraction of the issue's scale width
 * @param window    the number of last rounds examined (at least 2)
 */
public record ConvergenceDetector(double tolerance, int window) {

    /** The {@code --set} keys of the rule, accepted by every multi-round model. */
    public static final Set<String> KEYS = Set.of("convergence_tolerance", "convergence_window");
    /** Default tolerance, as a fraction of the scale width. */
    public static final double DEFAULT_TOLERANCE = 1e-6;
    /** Default window, in rounds: enough to see a cycle of 3 rounds repeat. */
    public static final int DEFAULT_WINDOW = 6;
    /** The largest window accepted. */
    public static final int MAX_WINDOW = 10_000;

    public ConvergenceDetector {
        if (!(tolerance >= 0 && tolerance <= 1)) {
            throw new IllegalArgumentException("tolerance " + tolerance + "; expected 0 to 1");
        }
        if (window < 2 || window > MAX_WINDOW) {
            throw new IllegalArgumentException("window " + window + "; expected 2 to " + MAX_WINDOW);
        }
    }

    /** The defaults. */
    public static ConvergenceDetector defaults() {
        return new ConvergenceDetector(DEFAULT_TOLERANCE, DEFAULT_WINDOW);
    }

    /** The rule as set in {@code p} ({@code convergence_tolerance}, {@code convergence_window}), both recorded. */
    public static ConvergenceDetector from(Params p) {
        return new ConvergenceDetector(p.number("convergence_tolerance", DEFAULT_TOLERANCE, 0, 1),
                p.integer("convergence_window", DEFAULT_WINDOW, 2, MAX_WINDOW));
    }

    /** {@code keys} and the rule's own keys, for a model's {@code requireKnown}. */
    public static Set<String> withKeys(Set<String> keys) {
        Set<String> all = new HashSet<>(keys);
        all.addAll(KEYS);
        return Set.copyOf(all);
    }

    /**
     * The class of the series {@code h[0..length)} of an issue whose scale is {@code width} wide; {@code stopRuleMet}
     * when the model stopped by its own rule before its round limit.
     */
    public IssueConvergence classify(double[] h, int length, double width, boolean stopRuleMet) {
        if (length < 1 || length > h.length) {
            throw new IllegalArgumentException("series of length " + length + " in an array of " + h.length);
        }
        int last = length - 1;
        double end = h[last];
        if (last == 0) {
            return IssueConvergence.oneShot(end);
        }
        double tol = tolerance * (width > 0 ? width : 1);
        int since = last;
        while (since > 0 && Math.abs(h[since - 1] - end) <= tol) {
            since--;
        }
        int w = Math.min(window, last);
        int from = last - w;
        if (stopRuleMet || since <= from) {
            return IssueConvergence.settled(last, since, end);
        }
        for (int k = 2; 2 * k <= w + 1; k++) {
            if (repeats(h, from, last, k, tol)) {
                return IssueConvergence.cycling(last, k, min(h, last - k + 1, last), max(h, last - k + 1, last));
            }
        }
        return IssueConvergence.drifting(last, min(h, from, last), max(h, from, last));
    }

    /** {@link #classify(double[], int, double, boolean)} over the whole array. */
    public IssueConvergence classify(double[] h, double width, boolean stopRuleMet) {
        return classify(h, h.length, width, stopRuleMet);
    }

    private static boolean repeats(double[] h, int from, int last, int k, double tol) {
        for (int t = from + k; t <= last; t++) {
            if (!(Math.abs(h[t] - h[t - k]) <= tol)) {
                return false;
            }
        }
        return true;
    }

    private static double min(double[] h, int from, int to) {
        double m = h[from];
        for (int t = from + 1; t <= to; t++) {
            m = Math.min(m, h[t]);
        }
        return m;
    }

    private static double max(double[] h, int from, int to) {
        double m = h[from];
        for (int t = from + 1; t <= to; t++) {
            m = Math.max(m, h[t]);
        }
        return m;
    }
}
