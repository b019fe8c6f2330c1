package org.parley.core.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.core.text.Decimals;
import org.parley.core.text.Nearest;

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
        checkCatastrophes(s, out);
        checkActors(s, out);
        checkPackages(s, out);
        checkSources(s, out);
        checkConcessions(s, out);
        checkPhasing(s, out);
        if (out.isEmpty()) {
            // paths are resolved against a sound scenario; until then its other problems come first
            UncertaintyChecks.check(s, out);
        }
        return out;
    }

    /**
     * The problems of one varied input given outside the file (e.g. on the command line), located at {@code at}:
     * its path against the scenario's inputs and its distribution against the input's valid range.
     */
    public static List<Problem> varied(Scenario s, Varied v, String at) {
        List<Problem> out = new ArrayList<>();
        UncertaintyChecks.one(s, ScenarioInputs.of(s), v, at, out);
        return out;
    }

    private static void checkCatastrophes(Scenario s, List<Problem> out) {
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < s.catastrophes().size(); c++) {
            Catastrophe cat = s.catastrophes().get(c);
            String at = "catastrophes[" + c + "]";
            checkId(cat.id(), at + ".id", "catastrophe", seen, out);
            if (finite(cat.hazard(), at + ".hazard", out) && (cat.hazard() < 0 || cat.hazard() > 1)) {
                out.add(new Problem(at + ".hazard", "is " + num(cat.hazard()) + "; expected a probability per "
                        + "period from 0 to 1"));
            }
        }
    }

    private static void checkNoDeal(Scenario s, Actor a, String at, List<Problem> out) {
        NoDeal nd = a.noDeal();
        String nat = at + ".no_deal";
        if (a.reservation() == null) {
            out.add(new Problem(nat, "actor '" + a.id() + "' has a no_deal model but no reservation; expected "
                    + "reservation: the value the model gives at its central values"));
        }
        boolean ok = true;
        if (finite(nd.horizon(), nat + ".horizon", out) && nd.horizon() < 1) {
            out.add(new Problem(nat + ".horizon", "is " + num(nd.horizon()) + "; expected a number of periods >= 1"));
            ok = false;
        }
        if (finite(nd.discount(), nat + ".discount", out) && !(nd.discount() > 0 && nd.discount() <= 1)) {
            out.add(new Problem(nat + ".discount", "is " + num(nd.discount()) + "; expected a discount factor per "
                    + "period above 0 and at most 1"));
            ok = false;
        }
        if (nd.conflictValue() != null && finite(nd.conflictValue(), nat + ".conflict_value", out)
                && (nd.conflictValue() < 0 || nd.conflictValue() > 100)) {
            out.add(new Problem(nat + ".conflict_value", "is " + num(nd.conflictValue())
                    + "; expected a utility from 0 to 100"));
            ok = false;
        }
        double[] loss = new double[nd.losses().size()];
        double[] hazard = new double[loss.length];
        int k = 0;
        for (Map.Entry<String, Double> e : nd.losses().entrySet()) {
            String lat = nat + ".losses." + e.getKey();
            Catastrophe cat = s.catastrophe(e.getKey()).orElse(null);
            if (cat == null) {
                out.add(new Problem(lat, "unknown catastrophe '" + e.getKey() + "'; expected one of "
                        + s.catastrophes().stream().map(Catastrophe::id).toList()));
                ok = false;
            } else {
                hazard[k] = cat.hazard();
            }
            if (finite(e.getValue(), lat, out) && (e.getValue() < 0 || e.getValue() > 100)) {
                out.add(new Problem(lat, "is " + num(e.getValue()) + "; expected a utility loss per period from 0 "
                        + "to 100"));
                ok = false;
            }
            loss[k++] = e.getValue();
        }
        if (ok && nd.conflictValue() != null && a.reservation() != null && Double.isFinite(a.reservation())) {
            double model = NoDeal.value(nd.conflictValue(), loss, hazard, nd.discount(), nd.horizon());
            if (Math.abs(model - a.reservation()) > NO_DEAL_TOLERANCE) {
                out.add(new Problem(nat + ".conflict_value", "the no-deal model gives " + num(model, 2) + " at its "
                        + "central values, but the reservation is " + num(a.reservation()) + "; expected them to agree "
                        + "within " + num(NO_DEAL_TOLERANCE) + " (or leave conflict_value out to calibrate it)"));
            }
        }
    }

    /** How far a no-deal model with a given conflict value may be from the reservation value it explains. */
    public static final double NO_DEAL_TOLERANCE = 0.05;

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
            if (a.discount() != null && finite(a.discount(), at + ".discount", out)
                    && !(a.discount() > 0 && a.discount() < 1)) {
                out.add(new Problem(at + ".discount", "is " + num(a.discount())
                        + "; expected an annual discount factor above 0 and below 1"));
            }
            checkStances(s, a, at, out);
            if (a.noDeal() != null) {
                checkNoDeal(s, a, at, out);
            }
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
                out.add(new Problem(sat, unknownIssue(s, e.getKey())));
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
                    out.add(new Problem(tat, unknownIssue(s, t.getKey())));
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
        for (int c = 0; c < s.catastrophes().size(); c++) {
            for (String src : s.catastrophes().get(c).sources()) {
                if (!seen.contains(src)) {
                    out.add(new Problem("catastrophes[" + c + "].sources", "unknown source '" + src
                            + "'; expected an id listed under sources"));
                }
            }
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

    private static void checkConcessions(Scenario s, List<Problem> out) {
        for (int d = 0; d < s.issues().size(); d++) {
            Issue issue = s.issues().get(d);
            String at = "issues[" + d + "].conceded_by";
            Set<String> seen = new HashSet<>();
            for (int k = 0; k < issue.concededBy().size(); k++) {
                String id = issue.concededBy().get(k);
                if (s.actor(id).isEmpty()) {
                    out.add(new Problem(at + "[" + k + "]", unknownActor(s, id)));
                } else if (!seen.add(id)) {
                    out.add(new Problem(at + "[" + k + "]", "actor '" + id + "' is listed twice; expected each "
                            + "conceding actor once"));
                }
            }
            if (issue.reversible() && issue.concededBy().isEmpty()) {
                out.add(new Problem("issues[" + d + "].reversible", "issue '" + issue.id() + "' is reversible but "
                        + "nobody concedes it, so nobody can take it back; expected conceded_by"));
            }
        }
    }

    private static void checkPhasing(Scenario s, List<Problem> out) {
        Phasing p = s.phasing();
        if (p == null) {
            return;
        }
        boolean start = p.start() != null && finite(p.start(), "phasing.start", out);
        boolean end = p.end() != null && finite(p.end(), "phasing.end", out);
        if (start && end && p.end() <= p.start()) {
            out.add(new Problem("phasing.end", "year " + num(p.end()) + " is not after the start year "
                    + num(p.start()) + "; expected start < end"));
        }
        PowerPath power = p.power();
        if (power == null) {
            return;
        }
        if (power.declining() != null && s.actor(power.declining()).isEmpty()) {
            out.add(new Problem("phasing.power.declining", unknownActor(s, power.declining())));
        }
        if (finite(power.warCost(), "phasing.power.war_cost", out) && power.warCost() < 0) {
            out.add(new Problem("phasing.power.war_cost", "is " + num(power.warCost())
                    + "; expected a cost of war >= 0 (a share of the flow being divided)"));
        }
        if (power.path().size() < 2) {
            out.add(new Problem("phasing.power.path", power.path().size() + " point(s); expected at least two "
                    + "(year, p) points"));
        }
        for (int k = 0; k < power.path().size(); k++) {
            PowerPoint pt = power.path().get(k);
            String at = "phasing.power.path[" + k + "]";
            if (finite(pt.p(), at + ".p", out) && (pt.p() < 0 || pt.p() > 1)) {
                out.add(new Problem(at + ".p", "is " + num(pt.p()) + "; expected a probability from 0 to 1"));
            }
            if (finite(pt.year(), at + ".year", out) && k > 0) {
                double before = power.path().get(k - 1).year();
                if (Double.isFinite(before) && pt.year() <= before) {
                    out.add(new Problem(at + ".year", "year " + num(pt.year()) + " is not after "
                            + num(before) + " (path[" + (k - 1) + "]); expected years in increasing order"));
                }
            }
        }
    }

    static void checkId(String id, String path, String kind, Set<String> seen, List<Problem> out) {
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

    static boolean finite(double x, String path, List<Problem> out) {
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

    private static String unknownIssue(Scenario s, String id) {
        List<String> ids = s.issues().stream().map(Issue::id).filter(java.util.Objects::nonNull).toList();
        return "unknown issue '" + id + "'" + Nearest.hint(id, ids) + "; expected one of " + ids;
    }

    private static String unknownActor(Scenario s, String id) {
        List<String> ids = s.actors().stream().map(Actor::id).filter(java.util.Objects::nonNull).toList();
        return "unknown actor '" + id + "'" + Nearest.hint(id, ids) + "; expected one of " + ids;
    }

    private static String abbreviate(String id) {
        return id.length() <= 40 ? id : id.substring(0, 40) + "...";
    }

    /** {@code x} rounded to {@code decimals} places, written as {@link #num(double)} writes it (7.4613, not 7.4613000). */
    public static String num(double x, int decimals) {
        return Decimals.upTo(x, decimals);
    }

    /** A number as a user would write it: 12 rather than 12.0 ({@link Decimals#plain}). */
    public static String num(double x) {
        return Decimals.plain(x);
    }
}
