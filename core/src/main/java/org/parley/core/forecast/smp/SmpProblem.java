package org.parley.core.forecast.smp;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.forecast.WeightedPositions;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.InvalidScenarioException;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Problem;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.ScenarioValidator;
import org.parley.core.scenario.Stance;

/**
 * A scenario as SMP sees it (smp.md Section 1), on primitive arrays: capabilities {@code c_i}, positions and
 * saliences divided by 100 so that they lie on 0..1 (positions first mapped to 0..100 from the issue's scale),
 * total saliences {@code S_i} and challenge weights {@code W_i = c_i S_i}.
 *
 * <p>Parley scenarios may say more than KTAB files: an actor whose saliences sum to more than 100 has them scaled
 * to sum to 100 (as {@code convert --normalise-saliences} does for KTAB CSV); an actor without a stance on an issue
 * gets salience 0 there and, as its position, the issue's status quo or else the capability x salience weighted mean
 * of the others. Each such adaptation is listed in {@link #notes()}.
 */
final class SmpProblem {

    /** The largest number of actors SMP takes (KTAB's limit): its work grows with n^3 per turn. */
    static final int MAX_ACTORS = 250;

    final int n;
    final int dims;
    final List<String> actorIds;
    final List<Issue> issues;
    final double[] capability;
    final double[] salience;
    final double[] totalSalience;
    final double[] weight;
    final double[] salienceSquares;
    final double[] position;
    final List<String> notes;

    private SmpProblem(Scenario s, List<String> notes) {
        this.n = s.actors().size();
        this.dims = s.issues().size();
        this.actorIds = s.actors().stream().map(Actor::id).toList();
        this.issues = s.issues();
        this.capability = new double[n];
        this.salience = new double[n * dims];
        this.totalSalience = new double[n];
        this.weight = new double[n];
        this.salienceSquares = new double[n];
        this.position = new double[n * dims];
        this.notes = notes;
    }

    /** The scenario on SMP's arrays; refuses scenarios SMP cannot run, listing every reason. */
    static SmpProblem of(Scenario s) {
        requireFits(s);
        SmpProblem p = new SmpProblem(s, new ArrayList<>());
        p.fill(s);
        return p;
    }

    /** Refuses scenarios SMP cannot run (too few or too many actors, a capability of 0), listing every reason. */
    static void requireFits(Scenario s) {
        List<Problem> problems = new ArrayList<>(inapplicable(s));
        if (s.actors().size() > MAX_ACTORS) {
            problems.add(new Problem("actors", s.actors().size() + " actors; SMP takes at most " + MAX_ACTORS
                    + " (KTAB's limit; its work per turn grows with the cube of the number of actors)"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
    }

    /** Why SMP does not apply whatever the size: fewer than 2 actors, an actor with capability 0. */
    static List<Problem> inapplicable(Scenario s) {
        List<Problem> problems = new ArrayList<>();
        if (s.actors().size() < 2) {
            problems.add(new Problem("actors", s.actors().size() + " actor(s); SMP needs at least 2 (KTAB: 3)"));
        }
        for (int i = 0; i < s.actors().size(); i++) {
            Actor a = s.actors().get(i);
            if (!(a.capability() > 0)) {
                problems.add(new Problem("actors[" + i + "].capability", "actor '" + a.id() + "' has capability "
                        + ScenarioValidator.num(a.capability()) + "; SMP needs capability > 0 (a voting weight)"));
            }
        }
        return problems;
    }

    private void fill(Scenario s) {
        List<String> scaled = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Actor a = s.actors().get(i);
            capability[i] = a.capability();
            double sum = 0;
            for (Issue issue : issues) {
                Stance st = a.stances().get(issue.id());
                sum += st == null ? 0 : st.salience();
            }
            double factor = sum > 100 ? 100 / sum : 1;
            if (factor < 1) {
                scaled.add(a.id() + " " + round(sum));
            }
            for (int k = 0; k < dims; k++) {
                Issue issue = issues.get(k);
                Stance st = a.stances().get(issue.id());
                if (st == null) {
                    position[i * dims + k] = Double.NaN;
                    continue;
                }
                position[i * dims + k] = toPercent(issue, st.position()) / 100.0;
                salience[i * dims + k] = factor == 1 ? st.salience() / 100.0 : st.salience() * factor / 100.0;
            }
        }
        if (!scaled.isEmpty()) {
            notes.add("saliences sum to more than 100 for " + scaled.size() + " actor(s) (" + String.join(", ", scaled)
                    + "); each such actor's saliences are scaled to sum to 100, as KTAB requires");
        }
        fillMissingPositions(s);
        for (int i = 0; i < n; i++) {
            double total = 0;
            double squares = 0;
            for (int k = 0; k < dims; k++) {
                double sik = salience[i * dims + k];
                total += sik;
                squares += sik * sik;
            }
            totalSalience[i] = Math.min(total, 1.0);
            weight[i] = capability[i] * totalSalience[i];
            salienceSquares[i] = squares;
        }
    }

    private void fillMissingPositions(Scenario s) {
        for (int k = 0; k < dims; k++) {
            Issue issue = issues.get(k);
            double fill = Double.NaN;
            String how = null;
            List<String> silent = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (!Double.isNaN(position[i * dims + k])) {
                    continue;
                }
                if (Double.isNaN(fill)) {
                    if (issue.hasStatusQuo()) {
                        fill = toPercent(issue, issue.statusQuo()) / 100.0;
                        how = "the status quo";
                    } else {
                        fill = weightedMean(k);
                        how = "the capability x salience weighted mean of the others";
                    }
                }
                position[i * dims + k] = fill;
                silent.add(s.actors().get(i).id());
            }
            if (!silent.isEmpty()) {
                notes.add(String.join(", ", silent) + " take(s) no stance on '" + issue.id() + "': salience 0 there and "
                        + how + " as position");
            }
        }
    }

    /** The capability x salience weighted mean of the positions given on dimension k; 0.5 when none weighs. */
    private double weightedMean(int k) {
        double[] x = new double[n];
        double[] w = new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(position[i * dims + k])) {
                x[m] = position[i * dims + k];
                w[m++] = capability[i] * salience[i * dims + k];
            }
        }
        double mean = WeightedPositions.mean(x, w, m);
        return Double.isNaN(mean) ? 0.5 : mean;
    }

    /** {@code x} on 0..100; exact (no arithmetic) when the issue's scale already is 0..100. */
    static double toPercent(Issue issue, double x) {
        return isPercent(issue) ? x : issue.scale().toPercent(x);
    }

    /** The inverse of {@link #toPercent}. */
    static double fromPercent(Issue issue, double p) {
        return isPercent(issue) ? p : issue.scale().fromPercent(p);
    }

    private static boolean isPercent(Issue issue) {
        return issue.scale().min() == 0 && issue.scale().max() == 100;
    }

    private static String round(double x) {
        return ScenarioValidator.num(x, 6);
    }
}
