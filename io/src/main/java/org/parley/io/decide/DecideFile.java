package org.parley.io.decide;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Anchor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scale;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Stance;
import org.parley.io.Checked;
import org.parley.io.Ids;
import org.parley.io.InputError;
import org.parley.io.InputException;
import org.parley.io.Limits;
import org.parley.io.PathLines;
import org.parley.io.ScenarioInput;
import org.parley.io.SalienceScale;
import org.parley.io.text.Csv;
import org.parley.io.text.CsvRecord;
import org.parley.io.text.Numbers;
import org.parley.io.text.TextFile;

/**
 * The input format of {@code decide-exchange-model} (exchange.md Section 6): one record per line, fields separated by
 * TAB, ';' or ',', text quoted with ' or ". Records {@code #A} (actor), {@code #P} (issue), {@code #M} (scale point:
 * lower and upper are the smallest and largest given, default 0 and 100; a meaning makes it an anchor), {@code #D}
 * (actor, issue, position, salience, power[, comment]), {@code #/} (comment) and {@code #O} (description). An
 * issue's description is the fields after its name, joined with spaces, less repeats of the name. Power is
 * the actor's capability and must be the same on all its issues; saliences all at most 1 are read as 0..1 and moved
 * to Parley's 0..100 exactly, otherwise they are taken as 0..100.
 */
public final class DecideFile {

    private static final String DELIMITERS = "\t;,";

    private DecideFile() {
    }

    /** One #D record, checked field by field. */
    private record Row(CsvRecord record, String actor, String issue, BigDecimal x, BigDecimal s, BigDecimal c) {
    }

    /** The scenario in a decide file; throws {@link InputException} listing every problem with its line. */
    public static Scenario read(TextFile text, Limits limits) {
        return load(text, limits).scenario();
    }

    /** As {@link #read(TextFile, Limits)}, with the scenario's warnings located in the file. */
    public static ScenarioInput load(TextFile text, Limits limits) {
        String file = text.name();
        List<CsvRecord> records = Csv.parse(text, delimiter(text), quote(text));
        requireWithinLimits(file, records, limits);
        List<InputError> errors = new ArrayList<>();
        Map<String, CsvRecord> actors = new LinkedHashMap<>();
        Map<String, CsvRecord> issues = new LinkedHashMap<>();
        Ids.Made actorIds = new Ids.Made("actor");
        Ids.Made issueIds = new Ids.Made("issue");
        Map<String, List<BigDecimal>> points = new HashMap<>();
        Map<String, List<Anchor>> anchors = new HashMap<>();
        Map<String, CsvRecord> lastPoint = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        List<String> description = new ArrayList<>();
        for (CsvRecord r : records) {
            String type = r.field(0).trim();
            switch (type) {
                case "#A" -> declare(file, r, "#A", actors, actorIds, errors);
                case "#P" -> declare(file, r, "#P", issues, issueIds, errors);
                case "#M" -> {
                    BigDecimal v = Numbers.field(file, r, 2, "scale value", errors);
                    if (v != null) {
                        points.computeIfAbsent(r.field(1), k -> new ArrayList<>()).add(v);
                        lastPoint.put(r.field(1), r);
                        if (!r.field(3).isBlank()) {
                            anchors.computeIfAbsent(r.field(1), k -> new ArrayList<>())
                                    .add(new Anchor(v.doubleValue(), r.field(3)));
                        }
                    }
                }
                case "#D" -> rows.add(new Row(r, r.field(1), r.field(2), Numbers.field(file, r, 3, "position", errors),
                        Numbers.field(file, r, 4, "salience", errors), Numbers.field(file, r, 5, "power", errors)));
                case "#O" -> description.add(rest(r, 1));
                case "#/" -> { }
                default -> errors.add(new InputError(file, r.line(), null, "unknown record type "
                        + Numbers.quote(type) + "; expected #A, #P, #M, #D, #/ or #O"));
            }
        }
        Map<String, Scale> scales = new HashMap<>();
        for (String p : points.keySet()) {
            if (!issues.containsKey(p)) {
                errors.add(new InputError(file, lastPoint.get(p).line(), null, "#M for unknown issue '" + p
                        + "'; expected an issue declared with #P"));
            }
        }
        for (Map.Entry<String, CsvRecord> e : issues.entrySet()) {
            List<BigDecimal> v = points.getOrDefault(e.getKey(), List.of());
            double lo = v.isEmpty() ? 0 : v.stream().min(BigDecimal::compareTo).orElseThrow().doubleValue();
            double hi = v.isEmpty() ? 100 : v.stream().max(BigDecimal::compareTo).orElseThrow().doubleValue();
            if (!(hi > lo)) {
                errors.add(new InputError(file, lastPoint.get(e.getKey()).line(), null, "issue '" + e.getKey()
                        + "' has lower = upper = " + Numbers.format(lo) + "; expected #M points with at least two "
                        + "different values"));
            }
            scales.put(e.getKey(), new Scale(lo, hi, null));
        }
        boolean percent = SalienceScale.AUTO.percent(rows.stream().map(Row::s).toList());
        Map<String, Map<String, Stance>> stances = new LinkedHashMap<>();
        Map<String, BigDecimal> power = new HashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        for (Row row : rows) {
            Stance st = stance(file, row, actors, issues, scales, percent, stances, power, errors);
            if (st != null) {
                stances.computeIfAbsent(row.actor(), k -> new LinkedHashMap<>()).put(Ids.fromName(row.issue()), st);
                lineOf.put(row.actor() + "\u0000" + Ids.fromName(row.issue()), row.record().line());
            }
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        return build(text, limits, actors, issues, scales, anchors, stances, power, description, lineOf, percent);
    }

    private static Stance stance(String file, Row row, Map<String, CsvRecord> actors, Map<String, CsvRecord> issues,
                                 Map<String, Scale> scales, boolean percent, Map<String, Map<String, Stance>> stances,
                                 Map<String, BigDecimal> power, List<InputError> errors) {
        CsvRecord r = row.record();
        int before = errors.size();
        if (!actors.containsKey(row.actor())) {
            errors.add(new InputError(file, r.line(), null, "unknown actor '" + row.actor()
                    + "'; expected an actor declared with #A"));
        }
        if (!issues.containsKey(row.issue())) {
            errors.add(new InputError(file, r.line(), null, "unknown issue '" + row.issue()
                    + "'; expected an issue declared with #P"));
        }
        if (errors.size() > before || row.x() == null || row.s() == null || row.c() == null) {
            return null;
        }
        if (stances.getOrDefault(row.actor(), Map.of()).containsKey(Ids.fromName(row.issue()))) {
            errors.add(new InputError(file, r.line(), null, "duplicate #D for actor '" + row.actor() + "' on issue '"
                    + row.issue() + "'"));
            return null;
        }
        Scale scale = scales.get(row.issue());
        if (!scale.contains(row.x().doubleValue())) {
            errors.add(new InputError(file, r.line(), "position", r.field(3) + " is outside the scale "
                    + "of '" + row.issue() + "'; expected " + Numbers.format(scale.min()) + " to "
                    + Numbers.format(scale.max())));
        }
        for (BigDecimal v : new BigDecimal[] {row.s(), row.c()}) {
            if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0) {
                errors.add(new InputError(file, r.line(), v == row.s() ? "salience" : "power", r.field(v == row.s() ? 4 : 5)
                        + " is outside 0 to 100"));
            }
        }
        BigDecimal earlier = power.putIfAbsent(row.actor(), row.c());
        if (earlier != null && earlier.compareTo(row.c()) != 0) {
            errors.add(new InputError(file, r.line(), "power", "actor '" + row.actor() + "' has power "
                    + r.field(5) + " here but " + Numbers.format(earlier.doubleValue()) + " on an earlier issue; "
                    + "Parley gives each actor one capability, so every #D of an actor needs the same power"));
        }
        double s = SalienceScale.toPercent(row.s(), percent);
        return errors.size() > before ? null : new Stance(row.x().doubleValue(), s, blankToNull(r.field(6)), null,
                List.of());
    }

    private static ScenarioInput build(TextFile text, Limits limits, Map<String, CsvRecord> actors,
                                  Map<String, CsvRecord> issues,
                                  Map<String, Scale> scales, Map<String, List<Anchor>> anchors,
                                  Map<String, Map<String, Stance>> stances, Map<String, BigDecimal> power,
                                  List<String> description, Map<String, Integer> lineOf, boolean percent) {
        List<Issue> issueList = new ArrayList<>();
        PathLines pathLines = new PathLines();
        for (Map.Entry<String, CsvRecord> e : issues.entrySet()) {
            String id = Ids.fromName(e.getKey());
            pathLines.put("issues[" + issueList.size() + "]", e.getValue().line());
            issueList.add(new Issue(id, id.equals(e.getKey()) ? null : e.getKey(), blankToNull(description(e.getValue())),
                    scales.get(e.getKey()), anchors.getOrDefault(e.getKey(), List.of()), null, null));
        }
        List<Actor> actorList = new ArrayList<>();
        for (Map.Entry<String, CsvRecord> e : actors.entrySet()) {
            String name = e.getKey();
            String id = Ids.fromName(name);
            String label = e.getValue().field(2).isBlank() ? name : e.getValue().field(2);
            String at = "actors[" + actorList.size() + "]";
            pathLines.put(at, e.getValue().line());
            Map<String, Stance> st = stances.getOrDefault(name, Map.of());
            st.keySet().forEach(issue -> pathLines.put(at + ".stances." + issue, lineOf.get(name + "\u0000" + issue)));
            BigDecimal c = power.get(name);
            actorList.add(new Actor(id, label.equals(id) ? null : label, c == null ? 0 : c.doubleValue(), null, false,
                    st, null, blankToNull(e.getValue().field(3)), List.of()));
        }
        String file = text.name();
        Scenario s = new Scenario(Ids.stem(file), null, blankToNull(String.join("\n", description)), null, List.of(),
                issueList, actorList, List.of());
        Scenario checked = Checked.scenario(s, List.of(), file, pathLines::lineOf, limits);
        List<InputError> warnings = new ArrayList<>();
        for (InputError w : Checked.warnings(checked, file, pathLines::lineOf)) {
            if (percent || !w.path().endsWith(".salience")) {
                warnings.add(w); // saliences written on 0-1 and scaled: a small one is no slip
            }
        }
        return ScenarioInput.of(checked, warnings);
    }

    private static void declare(String file, CsvRecord r, String type, Map<String, CsvRecord> seen, Ids.Made ids,
                                List<InputError> errors) {
        String kind = type.equals("#A") ? "actor" : "issue";
        String name = r.field(1);
        if (name.isBlank()) {
            errors.add(new InputError(file, r.line(), null, type + " without a name; expected " + type + ", then the "
                    + kind + "'s name"));
        } else if (seen.putIfAbsent(name, r) != null) {
            errors.add(new InputError(file, r.line(), null, "duplicate " + kind + " " + Numbers.quote(name)
                    + " (first on line " + seen.get(name).line() + ")"));
        } else {
            String conflict = ids.conflict(name, r.line());
            if (conflict != null) {
                errors.add(new InputError(file, r.line(), null, conflict));
            }
        }
    }

    /** Refuses, before anything is built, a file with more actors, issues or stances than the limits allow. */
    private static void requireWithinLimits(String file, List<CsvRecord> records, Limits limits) {
        int actors = 0;
        int issues = 0;
        int stances = 0;
        for (CsvRecord r : records) {
            switch (r.field(0).trim()) {
                case "#A" -> actors++;
                case "#P" -> issues++;
                case "#D" -> stances++;
                default -> { }
            }
        }
        if (actors > limits.maxActors() || issues > limits.maxIssues() || stances > limits.maxValues()) {
            throw InputException.of(file, actors + " actors (#A), " + issues + " issues (#P) and " + stances
                    + " stances (#D); the limits are " + limits.maxActors() + " actors, " + limits.maxIssues()
                    + " issues and " + limits.maxValues() + " stances");
        }
    }

    /** The delimiter: the first TAB, ';' or ',' after the first field of the first record. */
    static char delimiter(TextFile text) {
        String head = text.content().stripLeading();
        char quote = quote(text);
        int from = head.isEmpty() || head.charAt(0) != quote ? 0 : Math.max(1, head.indexOf(quote, 1) + 1);
        for (int k = from; k < head.length() && head.charAt(k) != '\n'; k++) {
            if (DELIMITERS.indexOf(head.charAt(k)) >= 0) {
                return head.charAt(k);
            }
        }
        throw InputException.at(text.name(), 1, "cannot tell the field separator; expected TAB, ';' or ',' after "
                + "the record type (e.g. '#A'<TAB>'actor')");
    }

    /** The quote character: the file's first character when it is ' or ", else '. */
    static char quote(TextFile text) {
        String head = text.content().stripLeading();
        return !head.isEmpty() && head.charAt(0) == '"' ? '"' : '\'';
    }

    /** An issue's description: the fields after its name, joined with spaces, leaving out repeats of the name. */
    private static String description(CsvRecord r) {
        List<String> parts = new ArrayList<>();
        for (int k = 2; k < r.size(); k++) {
            if (!r.field(k).isBlank() && !r.field(k).trim().equals(r.field(1).trim())) {
                parts.add(r.field(k).trim());
            }
        }
        return String.join(" ", parts);
    }

    private static String rest(CsvRecord r, int from) {
        List<String> parts = new ArrayList<>();
        for (int k = from; k < r.size(); k++) {
            if (!r.field(k).isBlank()) {
                parts.add(r.field(k).trim());
            }
        }
        return String.join(" ", parts);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
