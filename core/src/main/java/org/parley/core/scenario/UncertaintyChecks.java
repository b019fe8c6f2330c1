package org.parley.core.scenario;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of a scenario's {@code uncertainty} section: the spread, every input's path and distribution (its
 * parameters, and its support inside the input's valid range), and the rank correlations. Run by
 * {@link ScenarioValidator} once the rest of the scenario is sound, since paths resolve against it.
 */
final class UncertaintyChecks {

    /** The path prefix of model parameters, which the model checks when it runs. */
    static final String PARAMS = "params.";

    private UncertaintyChecks() {
    }

    static void check(Scenario s, List<Problem> out) {
        Uncertainty u = s.uncertainty();
        if (u.spread() != null && ScenarioValidator.finite(u.spread(), "uncertainty.spread", out)
                && (u.spread() < 0 || u.spread() > 1)) {
            out.add(new Problem("uncertainty.spread", "is " + ScenarioValidator.num(u.spread()) + "; expected a "
                    + "fraction from 0 to 1 (0.1 = every judgement +-10 %)"));
        }
        if (u.inputs().isEmpty() && u.correlations().isEmpty()) {
            return;
        }
        ScenarioInputs inputs = ScenarioInputs.of(s);
        Map<String, Integer> listed = new HashMap<>();
        for (int k = 0; k < u.inputs().size(); k++) {
            Varied v = u.inputs().get(k);
            String at = "uncertainty.inputs[" + k + "]";
            if (v.path() == null || v.path().isBlank()) {
                out.add(new Problem(at + ".path", "missing; expected the path of an input, e.g. "
                        + "actors.ID.stances.ISSUE.salience"));
                continue;
            }
            Integer first = listed.putIfAbsent(v.path(), k);
            if (first != null) {
                out.add(new Problem(at + ".path", "'" + v.path() + "' is listed twice (first at uncertainty.inputs["
                        + first + "]); expected each input once"));
            }
            one(s, inputs, v, at, out);
        }
        correlations(u, listed, out);
    }

    /** The checks of one varied input: its path and its distribution. */
    static void one(Scenario s, ScenarioInputs inputs, Varied v, String at, List<Problem> out) {
        ScenarioInputs.Input input = null;
        if (v.path() == null || v.path().isBlank()) {
            out.add(new Problem(at + ".path", "missing; expected the path of an input, e.g. "
                    + "actors.ID.stances.ISSUE.salience"));
            return;
        }
        if (v.path().startsWith(PARAMS)) {
            if (v.path().length() == PARAMS.length()) {
                out.add(new Problem(at + ".path", "'params.' names no parameter; expected params.KEY, e.g. "
                        + "params.q"));
            }
        } else {
            Integer idx = inputs.find(v.path()).orElse(null);
            if (idx == null) {
                out.add(new Problem(at + ".path", "unknown input '" + v.path() + "': " + inputs.whyUnknown(v.path())));
            } else {
                input = inputs.input(idx);
            }
        }
        if (v.distribution() == null) {
            out.add(new Problem(at + ".distribution", "missing; expected uniform, triangular, normal or discrete"));
            return;
        }
        distribution(v.distribution(), at, input, out);
    }

    /** The checks of one distribution; {@code input} (null for a model parameter) gives the valid range. */
    static void distribution(Distribution d, String at, ScenarioInputs.Input input, List<Problem> out) {
        int before = out.size();
        if (d.shape() == null) {
            out.add(new Problem(at + ".distribution", "missing; expected uniform, triangular, normal or discrete"));
            return;
        }
        switch (d.shape()) {
            case UNIFORM -> {
                required(d.low(), at + ".low", out);
                required(d.high(), at + ".high", out);
                order(d.low(), "low", d.high(), "high", at + ".high", out);
            }
            case TRIANGULAR -> {
                required(d.low(), at + ".low", out);
                required(d.mode(), at + ".mode", out);
                required(d.high(), at + ".high", out);
                order(d.low(), "low", d.mode(), "mode", at + ".mode", out);
                order(d.mode(), "mode", d.high(), "high", at + ".high", out);
            }
            case NORMAL -> {
                required(d.mean(), at + ".mean", out);
                if (required(d.sd(), at + ".sd", out) && !(d.sd() > 0)) {
                    out.add(new Problem(at + ".sd", "is " + ScenarioValidator.num(d.sd()) + "; expected a standard "
                            + "deviation above 0"));
                }
                if (d.low() != null) {
                    ScenarioValidator.finite(d.low(), at + ".low", out);
                }
                if (d.high() != null) {
                    ScenarioValidator.finite(d.high(), at + ".high", out);
                }
                order(d.low(), "low", d.high(), "high", at + ".high", out);
                if (input == null && (d.low() == null || d.high() == null)) {
                    out.add(new Problem(at, "a normal distribution on a model parameter needs low and high (the "
                            + "window it is truncated to)"));
                }
            }
            case DISCRETE -> discrete(d, at, out);
            default -> throw new IllegalStateException("shape " + d.shape());
        }
        if (out.size() > before || input == null) {
            return;
        }
        double lo = d.shape() == Distribution.Shape.NORMAL && d.low() == null ? input.min() : d.lowest();
        double hi = d.shape() == Distribution.Shape.NORMAL && d.high() == null ? input.max() : d.highest();
        String loAt = d.shape() == Distribution.Shape.DISCRETE ? at + ".values" : at + ".low";
        String hiAt = d.shape() == Distribution.Shape.DISCRETE ? at + ".values" : at + ".high";
        if (!input.valid(lo)) {
            out.add(new Problem(loAt, ScenarioValidator.num(lo) + " is outside the valid range of " + input.path()
                    + "; expected " + input.range()));
        }
        if (hi != lo && !input.valid(hi)) {
            out.add(new Problem(hiAt, ScenarioValidator.num(hi) + " is outside the valid range of " + input.path()
                    + "; expected " + input.range()));
        }
        if (d.shape() == Distribution.Shape.NORMAL && out.size() == before) {
            double a = (lo - d.mean()) / d.sd();
            double b = (hi - d.mean()) / d.sd();
            if (a > 8 || b < -8) {
                out.add(new Problem(at, "the window " + ScenarioValidator.num(lo) + " to " + ScenarioValidator.num(hi)
                        + " lies more than 8 standard deviations from the mean " + ScenarioValidator.num(d.mean())
                        + "; expected a mean near the window"));
            }
        }
    }

    private static void discrete(Distribution d, String at, List<Problem> out) {
        if (d.values().isEmpty()) {
            out.add(new Problem(at + ".values", "missing; expected a list of at least one value"));
            return;
        }
        for (int k = 0; k < d.values().size(); k++) {
            ScenarioValidator.finite(d.values().get(k), at + ".values[" + k + "]", out);
        }
        if (d.weights().isEmpty()) {
            return;
        }
        if (d.weights().size() != d.values().size()) {
            out.add(new Problem(at + ".weights", d.weights().size() + " weights for " + d.values().size()
                    + " values; expected one weight per value"));
            return;
        }
        double sum = 0;
        for (int k = 0; k < d.weights().size(); k++) {
            double w = d.weights().get(k);
            if (ScenarioValidator.finite(w, at + ".weights[" + k + "]", out)) {
                if (w < 0) {
                    out.add(new Problem(at + ".weights[" + k + "]", "is " + ScenarioValidator.num(w)
                            + "; expected a weight >= 0"));
                }
                sum += w;
            }
        }
        if (!(sum > 0)) {
            out.add(new Problem(at + ".weights", "every weight is 0; expected at least one positive weight"));
        }
    }

    private static boolean required(Double x, String path, List<Problem> out) {
        if (x == null) {
            out.add(new Problem(path, "missing; expected a number"));
            return false;
        }
        return ScenarioValidator.finite(x, path, out);
    }

    private static void order(Double a, String an, Double b, String bn, String path, List<Problem> out) {
        if (a != null && b != null && Double.isFinite(a) && Double.isFinite(b) && a > b) {
            out.add(new Problem(path, an + " " + ScenarioValidator.num(a) + " is above " + bn + " "
                    + ScenarioValidator.num(b) + "; expected " + an + " <= " + bn));
        }
    }

    private static void correlations(Uncertainty u, Map<String, Integer> listed, List<Problem> out) {
        Set<String> pairs = new HashSet<>();
        for (int k = 0; k < u.correlations().size(); k++) {
            RankCorrelation c = u.correlations().get(k);
            String at = "uncertainty.correlations[" + k + "]";
            boolean known = true;
            for (String p : new String[] {c.first(), c.second()}) {
                if (p == null || !listed.containsKey(p)) {
                    out.add(new Problem(at + ".between", (p == null ? "a path is missing" : "'" + p + "' has no "
                            + "distribution under uncertainty.inputs") + "; expected two paths listed there"));
                    known = false;
                }
            }
            if (known && c.first().equals(c.second())) {
                out.add(new Problem(at + ".between", "names '" + c.first() + "' twice; expected two different inputs"));
            } else if (known && !pairs.add(c.first().compareTo(c.second()) < 0 ? c.first() + "|" + c.second()
                    : c.second() + "|" + c.first())) {
                out.add(new Problem(at + ".between", "the pair is given twice; expected each pair once"));
            }
            if (ScenarioValidator.finite(c.rank(), at + ".rank", out) && (c.rank() < -1 || c.rank() > 1)) {
                out.add(new Problem(at + ".rank", "is " + ScenarioValidator.num(c.rank()) + "; expected a rank "
                        + "correlation from -1 to 1"));
            }
        }
    }
}
