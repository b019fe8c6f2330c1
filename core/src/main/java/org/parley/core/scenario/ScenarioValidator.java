package org.parley.core.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a scenario's meaning (ids, scales, ranges, references) and lists every problem at once. */
public final class ScenarioValidator {

    /** Ids are short words: letters, digits, '_', '-', '.', starting with a letter or digit. */
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.\\-]*");

    /** The largest id length accepted. */
    public static final int MAX_ID_LENGTH = 64;

    /**
     * The largest magnitude of a scale's ends and of a capability. Every model multiplies and sums these (capability
     * x salience over thousands of actors, positions mapped to 0..100 by the scale's span): bounded by 1e15, all of
     * that stays finite, where 1e308 passes a double and then turns the forecasts into NaN.
     */
    public static final double MAX_MAGNITUDE = 1e15;

    private ScenarioValidator() {
    }

    /** The scenario itself when it has no problems. */
    public static Scenario check(Scenario s) {
        List<Problem> problems = problems(s);
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
        return s;
    }

    /** Every problem of the scenario, in file order; empty when it can be analysed. */
    public static List<Problem> problems(Scenario s) {
        List<Problem> out = new ArrayList<>();
        checkIssues(s, out);
        checkActors(s, out);
        checkPackages(s, out);
        checkSources(s, out);
        return out;
    }

    private static void checkIssues(Scenario s, List<Problem> out) {
        if (s.issues().isEmpty()) {
            out.add(new Problem("issues", "no issues; expected at least one"));
        }
        Set<String> seen = new HashSet<>();
        for (int d = 0; d < s.issues().size(); d++) {
            Issue issue = s.issues().get(d);
            String at = "issues[" + d + "]";
            checkId(issue.id(), at + ".id", "issue", seen, out);
            Scale scale = issue.scale();
            if (scale == null) {
                out.add(new Problem(at + ".scale", "missing; expected {min: number, max: number}"));
                continue;
            }
            boolean finite = bounded(scale.min(), at + ".scale.min", out)
                    & bounded(scale.max(), at + ".scale.max", out);
            if (finite && scale.max() <= scale.min()) {
                out.add(new Problem(at + ".scale", "max " + num(scale.max()) + " is not above min " + num(scale.min())
                        + "; expected min < max"));
                continue;
            }
            if (issue.statusQuo() != null) {
                onScale(issue.statusQuo(), scale, at + ".status_quo", out);
            }
            for (int k = 0; k < issue.anchors().size(); k++) {
                double v = issue.anchors().get(k).value();
                onScale(v, scale, at + ".anchors." + num(v), out);
            }
        }
    }

    private static void checkActors(Scenario s, List<Problem> out) {
        if (s.actors().isEmpty()) {
            out.add(new Problem("actors", "no actors; expected at least one"));
        }
        Set<String> seen = new HashSet<>();
        boolean allZero = true;
        for (int i = 0; i < s.actors().size(); i++) {
            Actor a = s.actors().get(i);
            String at = "actors[" + i + "]";
            checkId(a.id(), at + ".id", "actor", seen, out);
            if (bounded(a.capability(), at + ".capability", out)) {
                if (a.capability() < 0) {
                    out.add(new Problem(at + ".capability", "is " + num(a.capability()) + "; expected a number >= 0"));
                }
            }
            allZero &= a.capability() == 0;
            if (a.reservation() != null && finite(a.reservation(), at + ".reservation", out)
                    && (a.reservation() < 0 || a.reservation() > 100)) {
                out.add(new Problem(at + ".reservation", "is " + num(a.reservation())
                        + "; expected a utility from 0 to 100"));
            }
            checkStances(s, a, at, out);
        }
        if (!s.actors().isEmpty() && allZero) {
            out.add(new Problem("actors", "every capability is zero; expected at least one actor with capability > 0"));
        }
    }

    private static void checkStances(Scenario s, Actor a, String at, List<Problem> out) {
        if (a.stances().isEmpty()) {
            out.add(new Problem(at + ".stances", "actor '" + a.id() + "' has no stances; expected a position and "
                    + "salience on at least one issue"));
            return;
        }
        boolean anySalience = false;
        boolean allValid = true;
        for (Map.Entry<String, Stance> e : a.stances().entrySet()) {
            String sat = at + ".stances." + e.getKey();
            Issue issue = s.issue(e.getKey()).orElse(null);
            if (issue == null) {
                out.add(new Problem(sat, "unknown issue '" + e.getKey() + "'; expected one of " + issueIds(s)));
            }
            Stance st = e.getValue();
            if (issue != null && issue.scale() != null) {
                onScale(st.position(), issue.scale(), sat + ".position", out);
            } else {
                finite(st.position(), sat + ".position", out);
            }
            if (finite(st.salience(), sat + ".salience", out)) {
                if (st.salience() < 0 || st.salience() > 100) {
                    out.add(new Problem(sat + ".salience", "is " + num(st.salience()) + "; expected 0 to 100"));
                    allValid = false;
                } else if (st.salience() > 0) {
                    anySalience = true;
                }
            } else {
                allValid = false;
            }
        }
        if (!anySalience && allValid) {
            out.add(new Problem(at + ".stances", "every salience of actor '" + a.id()
                    + "' is zero; expected at least one positive salience"));
        }
    }

    private static void checkPackages(Scenario s, List<Problem> out) {
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < s.packages().size(); k++) {
            Package p = s.packages().get(k);
            String at = "packages[" + k + "]";
            checkId(p.id(), at + ".id", "package", seen, out);
            for (Map.Entry<String, Double> t : p.terms().entrySet()) {
                String tat = at + ".terms." + t.getKey();
                Issue issue = s.issue(t.getKey()).orElse(null);
                if (issue == null) {
                    out.add(new Problem(tat, "unknown issue '" + t.getKey() + "'; expected one of " + issueIds(s)));
                } else if (issue.scale() != null) {
                    onScale(t.getValue(), issue.scale(), tat, out);
                } else {
                    finite(t.getValue(), tat, out);
                }
            }
            for (Issue issue : s.issues()) {
                if (issue.id() != null && !p.terms().containsKey(issue.id()) && !issue.hasStatusQuo()) {
                    out.add(new Problem(at + ".terms", "package '" + p.id() + "' has no term for issue '" + issue.id()
                            + "', which has no status_quo to fall back on; expected a term or a status_quo"));
                }
            }
        }
    }

    private static void checkSources(Scenario s, List<Problem> out) {
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < s.sources().size(); k++) {
            checkId(s.sources().get(k).id(), "sources[" + k + "].id", "source", seen, out);
        }
        for (int i = 0; i < s.actors().size(); i++) {
            Actor a = s.actors().get(i);
            for (Map.Entry<String, Stance> e : a.stances().entrySet()) {
                for (String src : e.getValue().sources()) {
                    if (!seen.contains(src)) {
                        out.add(new Problem("actors[" + i + "].stances." + e.getKey() + ".sources",
                                "unknown source '" + src + "'; expected an id listed under sources"));
                    }
                }
            }
            for (int f = 0; f < a.facts().size(); f++) {
                Fact fact = a.facts().get(f);
                String fat = "actors[" + i + "].facts[" + f + "]";
                finite(fact.value(), fat + ".value", out);
                if (fact.source() != null && !seen.contains(fact.source())) {
                    out.add(new Problem(fat + ".source", "unknown source '" + fact.source()
                            + "'; expected an id listed under sources"));
                }
            }
        }
    }

    private static void checkId(String id, String path, String kind, Set<String> seen, List<Problem> out) {
        if (id == null || id.isBlank()) {
            out.add(new Problem(path, "missing " + kind + " id"));
        } else if (id.length() > MAX_ID_LENGTH || !ID.matcher(id).matches()) {
            out.add(new Problem(path, "'" + abbreviate(id) + "' is not a valid " + kind + " id; expected up to "
                    + MAX_ID_LENGTH + " letters, digits, '_', '-' or '.'"));
        } else if (!seen.add(id)) {
            out.add(new Problem(path, "duplicate " + kind + " id '" + id + "'; expected each " + kind
                    + " id once"));
        }
    }

    private static boolean finite(double x, String path, List<Problem> out) {
        if (!Double.isFinite(x)) {
            out.add(new Problem(path, "is " + num(x) + "; expected a finite number"));
            return false;
        }
        return true;
    }

    /** Whether {@code x} is finite and at most {@link #MAX_MAGNITUDE} in magnitude; a problem otherwise. */
    private static boolean bounded(double x, String path, List<Problem> out) {
        if (!finite(x, path, out)) {
            return false;
        }
        if (Math.abs(x) > MAX_MAGNITUDE) {
            out.add(new Problem(path, "is " + num(x) + "; expected a number from -1e15 to 1e15 (the models' sums "
                    + "and products of larger numbers overflow; rescale, e.g. to billions)"));
            return false;
        }
        return true;
    }

    private static void onScale(double x, Scale scale, String path, List<Problem> out) {
        if (finite(x, path, out) && validScale(scale) && !scale.contains(x)) {
            out.add(new Problem(path, num(x) + " is outside the scale; expected " + num(scale.min()) + " to "
                    + num(scale.max())));
        }
    }

    private static boolean validScale(Scale scale) {
        return Double.isFinite(scale.min()) && Double.isFinite(scale.max()) && scale.max() > scale.min();
    }

    private static String issueIds(Scenario s) {
        return s.issues().stream().map(Issue::id).toList().toString();
    }

    private static String abbreviate(String id) {
        return id.length() <= 40 ? id : id.substring(0, 40) + "...";
    }

    /** {@code x} rounded to {@code decimals} places, written as {@link #num(double)} writes it (7.4613, not 7.4613000). */
    public static String num(double x, int decimals) {
        double scale = Math.pow(10, decimals);
        return num(Math.round(x * scale) / scale);
    }

    /** A number as a user would write it: 12 rather than 12.0. */
    public static String num(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Infinity" : "-Infinity";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        if (Math.abs(x) >= 1e15 || Math.abs(x) < 1e-9) {
            return Double.toString(x); // 1.0E308, not 309 digits
        }
        return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
