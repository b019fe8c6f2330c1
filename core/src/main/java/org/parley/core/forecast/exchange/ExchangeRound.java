package org.parley.core.forecast.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.core.scenario.InvalidScenarioException;

/**
 * One round of the equal-gain exchange model (exchange.md Section 3.2): enumerate the candidate exchanges, realise
 * the best one again and again while recomputing the ones it affects, then compute the outcome on the voting
 * positions and the next round's start positions.
 */
final class ExchangeRound {

    /** The most candidate exchanges one round weighs (some 250 bytes each, about 120 MB); more is refused. */
    static final long MAX_CANDIDATES = 500_000;

    /** Gains this close (relative to the best) count as a tie, broken by creation order. */
    static final double TIE = 1e-12;

    /** What a round produced: its trace, the positions it voted with, its outcome, and the next round's start. */
    record Result(ExchangeRoundTrace trace, List<Candidate> realised, double[][] voting, double[] outcome,
                  double[][] nextStart) {
    }

    private ExchangeRound() {
    }

    /**
     * Steps 2-4: for each issue pair (p, q) in input order, the actors present on both sorted into groups a (right
     * on both), b (left on p, right on q), c (right on p, left on q) and d (left on both); every pair from a x d,
     * then every pair from b x c, in input order.
     */
    static List<Candidate> candidates(RoundStart r, boolean decideCompat) {
        ExchangeInput in = r.in();
        int[] groupOf = new int[in.actorCount()];
        long count = requireWithinLimit(r);
        List<Candidate> out = new ArrayList<>((int) count);
        for (int p = 0; p < in.issueCount(); p++) {
            for (int q = p + 1; q < in.issueCount(); q++) {
                groups(r, p, q, groupOf);
                pairs(r, decideCompat, groupOf, 0, 3, p, q, false, out);
                pairs(r, decideCompat, groupOf, 1, 2, p, q, true, out);
            }
        }
        return out;
    }

    /**
     * The number of candidate exchanges of the round, counted without making them (O(issues^2 x actors), stopping
     * as soon as the count passes the limit); refuses a round with more than {@link #MAX_CANDIDATES}.
     */
    static long requireWithinLimit(RoundStart r) {
        ExchangeInput in = r.in();
        int[] groupOf = new int[in.actorCount()];
        long count = 0;
        int[] size = new int[4];
        for (int p = 0; p < in.issueCount(); p++) {
            for (int q = p + 1; q < in.issueCount(); q++) {
                groups(r, p, q, groupOf);
                java.util.Arrays.fill(size, 0);
                for (int g : groupOf) {
                    if (g >= 0) {
                        size[g]++;
                    }
                }
                count += (long) size[0] * size[3] + (long) size[1] * size[2];
                if (count > MAX_CANDIDATES) {
                    // counting stops here: the rest of the pairs would only make more
                    throw InvalidScenarioException.of("actors", in.actorCount() + " actors on " + in.issueCount()
                            + " issues make " + (p == in.issueCount() - 2 && q == in.issueCount() - 1 ? ""
                            : "at least ")
                            + count + " candidate exchanges, more than the exchange model's limit of "
                            + MAX_CANDIDATES + " (some 250 bytes each); use fewer actors or issues");
                }
            }
        }
        return count;
    }

    /** Each actor's group on (p, q): 0 = a, 1 = b, 2 = c, 3 = d, -1 when absent from either issue. */
    private static void groups(RoundStart r, int p, int q, int[] groupOf) {
        ExchangeInput in = r.in();
        for (int k = 0; k < in.actorCount(); k++) {
            groupOf[k] = !in.present()[k][p] || !in.present()[k][q] ? -1
                    : (r.left(k, p) ? 1 : 0) + (r.left(k, q) ? 2 : 0);
        }
    }

    private static void pairs(RoundStart r, boolean compat, int[] groupOf, int g1, int g2, int p, int q,
                              boolean inner, List<Candidate> out) {
        for (int a = 0; a < groupOf.length; a++) {
            if (groupOf[a] != g1) {
                continue;
            }
            for (int b = 0; b < groupOf.length; b++) {
                if (groupOf[b] == g2) {
                    out.add(new Candidate(r, compat, out.size(), a, b, p, q, inner));
                }
            }
        }
    }

    /** Steps 1-10 for round {@code number} from {@code r}. */
    static Result run(int number, RoundStart r, ExchangeSettings settings) {
        ExchangeInput in = r.in();
        List<String> warnings = new ArrayList<>();
        for (int d = 0; d < in.issueCount(); d++) {
            if (!(r.n()[d] > 0)) {
                warnings.add("issue '" + in.issues()[d] + "': no actor has capability x salience > 0, so its "
                        + "outcome is set to 0 and it takes part in no exchange");
            }
        }
        List<Candidate> all = candidates(r, settings.decideCompat());
        List<Candidate> open = new ArrayList<>();
        for (Candidate c : all) {
            if (c.valid) {
                open.add(c);
            }
        }
        int validAtStart = open.size();
        List<Candidate> realised = new ArrayList<>();
        List<RealisedExchange> records = new ArrayList<>();
        int ties = 0;
        while (!open.isEmpty()) {
            int best = best(open);
            int tied = tiedWith(open, open.get(best));
            ties += tied > 0 ? 1 : 0;
            Candidate chosen = open.get(best);
            open.set(best, open.get(open.size() - 1));
            open.remove(open.size() - 1);
            realised.add(chosen);
            records.add(record(in, realised.size(), chosen, tied));
            int kept = 0;
            for (Candidate c : open) {
                if (c.absorb(chosen)) {
                    c.calculate();
                }
                if (c.valid) {
                    open.set(kept++, c);
                }
            }
            open.subList(kept, open.size()).clear();
        }
        double[][] voting = copy(r.x());
        for (Candidate c : realised) {
            voting[c.i.actor][c.i.supply] = c.i.voting;
            voting[c.j.actor][c.j.supply] = c.j.voting;
        }
        double[] outcome = new double[in.issueCount()];
        for (int d = 0; d < outcome.length; d++) {
            outcome[d] = Compromise.outcome(in, d, RoundStart.column(voting, d));
        }
        double[][] next = copy(r.x());
        for (Candidate c : realised) {
            for (Mover m : new Mover[] {c.i, c.j}) {
                next[m.actor][m.supply] = settings.nextStart(m.start, voting[m.actor][m.supply], m.sSupply);
            }
        }
        ExchangeRoundTrace trace = new ExchangeRoundTrace(number, byIssue(in, r.o()), all.size(), validAtStart,
                records, ties, byIssue(in, outcome), warnings);
        return new Result(trace, realised, voting, outcome, next);
    }

    /** The index of the candidate with the highest gain; within {@link #TIE} of it, the earliest created. */
    static int best(List<Candidate> open) {
        double top = Double.NEGATIVE_INFINITY;
        for (Candidate c : open) {
            top = Math.max(top, c.gain);
        }
        double floor = top - TIE * Math.max(1, top);
        int best = -1;
        for (int k = 0; k < open.size(); k++) {
            Candidate c = open.get(k);
            if (c.gain >= floor && (best < 0 || c.order < open.get(best).order)) {
                best = k;
            }
        }
        return best;
    }

    private static int tiedWith(List<Candidate> open, Candidate chosen) {
        double floor = chosen.gain - TIE * Math.max(1, chosen.gain);
        int n = 0;
        for (Candidate c : open) {
            if (c != chosen && c.gain >= floor) {
                n++;
            }
        }
        return n;
    }

    private static RealisedExchange record(ExchangeInput in, int order, Candidate c, int tied) {
        ExchangeMove i = new ExchangeMove(in.actors()[c.i.actor], in.issues()[c.q], in.issues()[c.p],
                c.i.position, c.i.voting, Math.signum(c.i.move) * c.shiftQ);
        ExchangeMove j = new ExchangeMove(in.actors()[c.j.actor], in.issues()[c.p], in.issues()[c.q],
                c.j.position, c.j.voting, Math.signum(c.j.move) * c.shiftP);
        String rate = c.rate.name().toLowerCase(Locale.ROOT).replace('_', '-').replace("overshoot-", "");
        return new RealisedExchange(order, i, j, c.gain, rate, tied);
    }

    private static Map<String, Double> byIssue(ExchangeInput in, double[] v) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int d = 0; d < v.length; d++) {
            m.put(in.issues()[d], v[d]);
        }
        return m;
    }

    private static double[][] copy(double[][] x) {
        double[][] out = new double[x.length][];
        for (int k = 0; k < x.length; k++) {
            out[k] = x[k].clone();
        }
        return out;
    }
}
