package org.parley.core.deals;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.outcomes.OutcomeSpace;
import org.parley.core.preferences.AdditiveProfile;

/**
 * The exact Pareto frontier of additive profiles by per-issue merge: the utility vector of an outcome is the sum of
 * per-issue contribution vectors {@code C_k(v) = (t_1k(v), ..., t_nk(v))}, and the frontier of a Minkowski sum lies
 * in the sum of the frontiers, so {@code F_0 = {c}}, {@code F_k = Pareto(F_{k-1} (+) Pareto(C_k))}. Ties are
 * decided on the grid {@code round(u / eps)}; with {@code eps = 0} and exact contributions from the reader
 * (decimals, see {@link AdditiveProfile#withExact}) sums and ties are exact. Multiplicities (outcomes per point)
 * are carried along (a count beyond a long is saturated at {@link Long#MAX_VALUE}, never wrapped; see
 * {@link DealAnalysis}), and a few origins per point from
 * which witness outcomes are rebuilt. Cost O(sum_k |F_{k-1}| |C_k| log) for two or three parties on flat primitive
 * arrays, with no limit on the number of outcomes; the candidates of one step are limited by
 * {@link FrontierOptions#maxCandidates()} (a quarter of it in exact mode), checked before the step allocates them.
 */
public final class PerIssueMerge {

    /** One intermediate frontier: points, their counts, and up to w origins (previous point, contribution). */
    private static final class Stage {
        int size;
        double[] u;
        long[] key;
        long[] count;
        int[] originPoint;
        int[] originContribution;
        int[] origins;
        int[][] contributionValues;
        java.math.BigDecimal[] exact;
    }

    private PerIssueMerge() {
    }

    /** The frontier of additive {@code profiles} over {@code space}. */
    public static ParetoFrontier compute(OutcomeSpace space, List<AdditiveProfile> profiles,
                                         FrontierOptions options) {
        int n = profiles.size();
        int dims = space.dimension();
        double eps = options.eps();
        int w = options.maxWitnesses();
        boolean exactMode = eps == 0 && profiles.stream().allMatch(AdditiveProfile::hasExact);
        Stage prev = new Stage();
        prev.size = 1;
        prev.u = new double[n];
        prev.key = new long[n];
        prev.count = new long[] {1};
        for (int i = 0; i < n; i++) {
            prev.u[i] = profiles.get(i).constant();
            prev.key[i] = KeyedFilter.key(prev.u[i], eps);
        }
        if (exactMode) {
            prev.exact = new java.math.BigDecimal[n];
            java.util.Arrays.fill(prev.exact, java.math.BigDecimal.ZERO);
        }
        List<Stage> stages = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int k = 0; k < dims; k++) {
            int r = space.issues().get(k).size();
            double[] cu = new double[r * n];
            long[] ckey = new long[r * n];
            for (int v = 0; v < r; v++) {
                for (int i = 0; i < n; i++) {
                    cu[v * n + i] = profiles.get(i).contribution(k, v);
                    ckey[v * n + i] = KeyedFilter.key(cu[v * n + i], 0);
                }
            }
            java.math.BigDecimal[] cex = null;
            if (exactMode) {
                cex = new java.math.BigDecimal[r * n];
                for (int v = 0; v < r; v++) {
                    for (int i = 0; i < n; i++) {
                        cex[v * n + i] = profiles.get(i).exactContribution(k, v);
                    }
                }
                ckey = ranks(cex, r, n);
            }
            KeyedFilter.Result cf = KeyedFilter.filter(ckey, r, n);
            int c = cf.runs();
            double[] cpu = new double[c * n];
            java.math.BigDecimal[] cpx = exactMode ? new java.math.BigDecimal[c * n] : null;
            long[] cpCount = new long[c];
            int[][] cpValues = new int[c][];
            for (int b = 0; b < c; b++) {
                int rep = cf.order()[cf.runStart()[b]];
                System.arraycopy(cu, rep * n, cpu, b * n, n);
                if (exactMode) {
                    System.arraycopy(cex, rep * n, cpx, b * n, n);
                }
                cpCount[b] = cf.runEnd()[b] - cf.runStart()[b];
                cpValues[b] = new int[(int) cpCount[b]];
                for (int j = 0; j < cpValues[b].length; j++) {
                    cpValues[b][j] = cf.order()[cf.runStart()[b] + j];
                }
            }
            long candidates = (long) prev.size * c;
            long limit = Math.max(1, options.maxCandidates() * 2 / Math.max(2, n) / (exactMode ? 4 : 1));
            if (candidates > limit || candidates > Integer.MAX_VALUE / Math.max(1, n)) {
                throw new org.parley.core.params.BadParameterException("the Pareto frontier is too large to merge: "
                        + "after " + k + " of " + dims + " issues it has " + prev.size + " points, and issue '"
                        + space.issues().get(k).name() + "' would make " + candidates + " candidate points, more than "
                        + "the limit of " + limit + " (--max-candidates " + options.maxCandidates() + " for two "
                        + "parties" + (n > 2 ? ", times 2/" + n + " for " + n + " parties" : "") + (exactMode
                        ? ", a quarter of that in exact decimals" : "") + ", to fit the memory); use fewer values per "
                        + "issue (--grid), or raise --max-candidates and give Java the memory (about "
                        + Math.max(1, candidates * (16L * n + 16) * (exactMode ? 4 : 1) >> 20) + " MB; "
                        + "PARLEY_JAVA_OPTS=-Xmx...)");
            }
            int total = (int) candidates;
            double[] su = new double[total * n];
            long[] skey = new long[total * n];
            for (int a = 0; a < prev.size; a++) {
                for (int b = 0; b < c; b++) {
                    int p = (a * c + b) * n;
                    for (int i = 0; i < n; i++) {
                        double x = prev.u[a * n + i] + cpu[b * n + i];
                        su[p + i] = x;
                        skey[p + i] = KeyedFilter.key(x, eps);
                    }
                }
            }
            java.math.BigDecimal[] sex = null;
            if (exactMode) {
                sex = new java.math.BigDecimal[total * n];
                for (int a = 0; a < prev.size; a++) {
                    for (int b = 0; b < c; b++) {
                        for (int i = 0; i < n; i++) {
                            sex[(a * c + b) * n + i] = prev.exact[a * n + i].add(cpx[b * n + i]);
                        }
                    }
                }
                skey = ranks(sex, total, n);
            }
            KeyedFilter.Result f = KeyedFilter.filter(skey, total, n);
            Stage next = new Stage();
            next.size = f.runs();
            next.u = new double[next.size * n];
            next.key = new long[next.size * n];
            next.count = new long[next.size];
            next.originPoint = new int[next.size * w];
            next.originContribution = new int[next.size * w];
            next.origins = new int[next.size];
            next.contributionValues = cpValues;
            next.exact = exactMode ? new java.math.BigDecimal[next.size * n] : null;
            for (int q = 0; q < next.size; q++) {
                int rep = f.order()[f.runStart()[q]];
                System.arraycopy(su, rep * n, next.u, q * n, n);
                System.arraycopy(skey, rep * n, next.key, q * n, n);
                if (exactMode) {
                    System.arraycopy(sex, rep * n, next.exact, q * n, n);
                }
                long cnt = 0;
                for (int j = f.runStart()[q]; j < f.runEnd()[q]; j++) {
                    int idx = f.order()[j];
                    int a = idx / c;
                    int b = idx % c;
                    cnt = add(cnt, multiply(prev.count[a], cpCount[b]));
                    if (next.origins[q] < w) {
                        next.originPoint[q * w + next.origins[q]] = a;
                        next.originContribution[q * w + next.origins[q]] = b;
                        next.origins[q]++;
                    }
                }
                next.count[q] = cnt;
            }
            stages.add(next);
            sizes.add(next.size);
            prev = next;
        }
        List<FrontierPoint> points = new ArrayList<>();
        long total = 0;
        for (int q = 0; q < prev.size; q++) {
            List<int[]> witnesses = new ArrayList<>();
            witnesses(stages, dims - 1, q, dims, w, witnesses);
            double[] u = new double[n];
            System.arraycopy(prev.u, q * n, u, 0, n);
            points.add(new FrontierPoint(u, prev.count[q], witnesses));
            total = add(total, prev.count[q]);
        }
        return new ParetoFrontier(points, total, exactMode ? "per-issue merge (exact decimal arithmetic)"
                : "per-issue merge", eps, false, sizes);
    }

    /** a + b of counts (>= 0), saturated at {@link Long#MAX_VALUE} (never wrapped into a negative count). */
    static long add(long a, long b) {
        long s = a + b;
        return s < 0 ? Long.MAX_VALUE : s;
    }

    /** a x b of counts (>= 0), saturated at {@link Long#MAX_VALUE}. */
    private static long multiply(long a, long b) {
        return Math.multiplyHigh(a, b) != 0 || a * b < 0 ? Long.MAX_VALUE : a * b;
    }

    /** Exact values replaced by their ranks per party (equal values, equal ranks): order-preserving tie keys. */
    private static long[] ranks(java.math.BigDecimal[] values, int count, int n) {
        long[] key = new long[count * n];
        Integer[] order = new Integer[count];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < count; p++) {
                order[p] = p;
            }
            final int party = i;
            java.util.Arrays.sort(order, (a, b) -> values[a * n + party].compareTo(values[b * n + party]));
            long rank = 0;
            for (int j = 0; j < count; j++) {
                if (j > 0 && values[order[j] * n + i].compareTo(values[order[j - 1] * n + i]) != 0) {
                    rank++;
                }
                key[order[j] * n + i] = rank;
            }
        }
        return key;
    }

    /** Adds up to {@code max} complete outcomes that reach point {@code q} after issue {@code stage}. */
    private static void witnesses(List<Stage> stages, int stage, int q, int dims, int max, List<int[]> out) {
        if (stage < 0) {
            out.add(new int[dims]);
            return;
        }
        Stage s = stages.get(stage);
        int w = s.originPoint.length / Math.max(1, s.size);
        for (int o = 0; o < s.origins[q] && out.size() < max; o++) {
            int a = s.originPoint[q * w + o];
            int[] values = s.contributionValues[s.originContribution[q * w + o]];
            for (int v : values) {
                if (out.size() >= max) {
                    break;
                }
                List<int[]> partial = new ArrayList<>();
                witnesses(stages, stage - 1, a, dims, max - out.size(), partial);
                for (int[] x : partial) {
                    x[stage] = v;
                    out.add(x);
                }
            }
        }
    }
}
