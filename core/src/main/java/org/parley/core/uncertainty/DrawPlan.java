package org.parley.core.uncertainty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.scenario.Distribution;
import org.parley.core.scenario.InvalidScenarioException;
import org.parley.core.scenario.RankCorrelation;
import org.parley.core.scenario.ScenarioInputs;
import org.parley.core.scenario.Uncertainty;
import org.parley.core.scenario.Varied;

/**
 * Which inputs vary and how: the scenario's listed distributions in file order, then, under a spread, every other
 * judgement the spread covers (uniform within +- spread, cut to the valid range; see {@link Uncertainty}), and the
 * target rank correlations between them. Model parameters ({@code params.KEY}) vary too; their central value is
 * their distribution's median. Immutable.
 */
public final class DrawPlan {

    /** The prefix of a model parameter's path. */
    public static final String PARAMS = "params.";

    /**
     * One varied input: its path, its position in the input vector (-1 for a model parameter, named by
     * {@code param}), its distribution and quantile function, its central value, and whether the scenario lists it
     * ({@code listed}) or the spread gives it.
     */
    public record Entry(String path, int input, String param, Distribution distribution, Marginal marginal,
                        double central, boolean listed) {
    }

    private final List<Entry> entries;
    private final double[][] correlation;

    private DrawPlan(List<Entry> entries, double[][] correlation) {
        this.entries = List.copyOf(entries);
        this.correlation = correlation;
    }

    /** The plan of a validated scenario's uncertainty section. */
    public static DrawPlan of(ScenarioInputs in, Uncertainty u) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> byPath = new HashMap<>();
        for (Varied v : u.inputs()) {
            byPath.put(v.path(), entries.size());
            if (v.path().startsWith(PARAMS)) {
                Marginal m = Marginal.of(v.distribution(), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
                entries.add(new Entry(v.path(), -1, v.path().substring(PARAMS.length()), v.distribution(), m,
                        m.quantile(0.5), true));
            } else {
                int k = in.find(v.path()).orElseThrow(() -> InvalidScenarioException.of("uncertainty.inputs",
                        "unknown input '" + v.path() + "'"));
                ScenarioInputs.Input input = in.input(k);
                entries.add(new Entry(v.path(), k, null, v.distribution(),
                        Marginal.of(v.distribution(), input.min(), input.max()), input.central(), true));
            }
        }
        double f = u.spread() == null ? 0 : u.spread();
        if (f > 0) {
            for (int k = 0; k < in.size(); k++) {
                ScenarioInputs.Input input = in.input(k);
                if (byPath.containsKey(input.path()) || !input.judgement() || !input.kind().spreadByDefault()) {
                    continue;
                }
                int at = k;
                input.spread(f).ifPresent(d -> entries.add(new Entry(input.path(), at, null, d,
                        Marginal.of(d, input.min(), input.max()), input.central(), false)));
            }
        }
        double[][] target = null;
        if (!u.correlations().isEmpty()) {
            target = new double[entries.size()][entries.size()];
            for (int a = 0; a < target.length; a++) {
                target[a][a] = 1;
            }
            for (RankCorrelation c : u.correlations()) {
                int a = byPath.get(c.first());
                int b = byPath.get(c.second());
                target[a][b] = c.rank();
                target[b][a] = c.rank();
            }
        }
        return new DrawPlan(entries, target);
    }

    /** The varied inputs, in draw-column order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The number of varied inputs. */
    public int size() {
        return entries.size();
    }

    /** Whether rank correlations are imposed. */
    public boolean correlated() {
        return correlation != null;
    }

    /** The target rank-correlation matrix over the entries (a copy), or null when the inputs are independent. */
    public double[][] correlation() {
        if (correlation == null) {
            return null;
        }
        double[][] c = new double[correlation.length][];
        for (int k = 0; k < c.length; k++) {
            c[k] = correlation[k].clone();
        }
        return c;
    }

    /** Whether any model parameter varies. */
    public boolean variesParams() {
        return entries.stream().anyMatch(e -> e.input() < 0);
    }
}
