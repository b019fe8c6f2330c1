package org.parley.io.ktab;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scale;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Stance;
import org.parley.io.CannotWriteException;
import org.parley.io.Checked;
import org.parley.io.Ids;
import org.parley.io.InputError;
import org.parley.io.InputException;
import org.parley.io.Limits;
import org.parley.io.PathLines;
import org.parley.io.ScenarioInput;
import org.parley.io.text.Csv;
import org.parley.io.text.CsvRecord;
import org.parley.io.text.Numbers;
import org.parley.io.text.TextFile;

/**
 * KTAB's CSV scenario: line 1 {@code name,description,numActors,numDims}, line 2 a header whose position columns
 * name the dimensions, then {@code name,description,capability,pos1,sal1,...} per actor. Positions and saliences are
 * on 0..100, each actor's saliences sum to at most 100. KTAB's actor name becomes the Parley id and its description
 * the Parley name; {@code $$} in a field stands for a comma.
 */
public final class KtabCsv {

    /** KTAB's own bounds on the number of actors. */
    public static final int MIN_ACTORS = 3;
    public static final int MAX_ACTORS = 250;
    private static final double MAX_CAPABILITY = 1e8;
    private static final double SUM_TOLERANCE = 1e-9;

    private KtabCsv() {
    }

    /** The scenario in a KTAB CSV file; throws {@link InputException} listing every problem with its line. */
    public static Scenario read(TextFile text, Limits limits) {
        return load(text, Csv.parse(text), limits).scenario();
    }

    /**
     * As {@link #read(TextFile, Limits)}, from the file's records already parsed, with the scenario's warnings
     * located in the file.
     */
    public static ScenarioInput load(TextFile text, List<CsvRecord> records, Limits limits) {
        String file = text.name();
        if (records.isEmpty()) {
            throw InputException.of(file, "has no values; expected line 1 name,description,numActors,numDims");
        }
        List<InputError> errors = new ArrayList<>();
        CsvRecord first = records.get(0);
        String name = unescape(first.field(0));
        String description = unescape(first.field(1));
        Integer numActors = count(file, first, 2, "numActors", errors);
        Integer numDims = count(file, first, 3, "numDims", errors);
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        if (numDims < 1 || numDims > limits.maxIssues()) {
            errors.add(new InputError(file, first.line(), "numDims", numDims + " dimensions; expected 1 to "
                    + limits.maxIssues()));
        }
        if (records.size() < 2) {
            errors.add(new InputError(file, first.line(), null, "no header line; expected "
                    + "Actor,Description,Power,<dimension>,<salience>,..."));
        }
        boolean unreadable = !errors.isEmpty();
        if (numActors < MIN_ACTORS || numActors > Math.min(MAX_ACTORS, limits.maxActors())) {
            errors.add(new InputError(file, first.line(), "numActors", numActors + " actors; KTAB expects "
                    + MIN_ACTORS + " to " + MAX_ACTORS));
        }
        if (unreadable) {
            throw new InputException(errors);
        }
        CsvRecord header = records.get(1);
        int width = 3 + 2 * numDims;
        if (header.width() < width) {
            errors.add(new InputError(file, header.line(), null, "header has " + header.width() + " fields; "
                    + "expected " + width + " (Actor, Description, Power, then a position and a salience column for "
                    + "each of " + numDims + " dimensions)"));
            throw new InputException(errors);
        }
        List<Issue> issues = new ArrayList<>();
        for (int d = 0; d < numDims; d++) {
            String dim = unescape(header.field(3 + 2 * d));
            issues.add(new Issue(Ids.fromName(dim), dim, null, Scale.PERCENT, List.of(), null, null));
        }
        List<CsvRecord> rows = records.subList(2, records.size());
        if (rows.size() != numActors) {
            errors.add(new InputError(file, first.line(), "numActors", "says " + numActors + " actors but the file "
                    + "has " + rows.size() + " actor lines"));
        }
        List<Actor> actors = new ArrayList<>();
        PathLines lines = new PathLines(header.line());
        Ids.Made ids = new Ids.Made("actor");
        for (CsvRecord r : rows) {
            Actor a = actor(file, r, header, issues, ids, errors);
            if (a != null) {
                lines.put("actors[" + actors.size() + "]", r.line());
                actors.add(a);
            }
        }
        Scenario s = new Scenario(name, null, description, null, List.of(), issues, actors, List.of());
        Scenario checked = Checked.table(s, errors, actors.size() < rows.size(), file, lines::lineOf, limits);
        return ScenarioInput.of(checked, Checked.tableWarnings(checked, file, lines::lineOf, true));
    }

    /** Whether a line looks like KTAB's header: Actor,Description,Power (or Influence, Capability),... */
    public static boolean looksLikeHeader(CsvRecord r) {
        String third = unescape(r.field(2)).toLowerCase(Locale.ROOT);
        return unescape(r.field(0)).equalsIgnoreCase("actor")
                || third.equals("power") || third.equals("influence") || third.equals("capability");
    }

    private static Actor actor(String file, CsvRecord r, CsvRecord header, List<Issue> issues, Ids.Made ids,
                               List<InputError> errors) {
        int numDims = issues.size();
        int before = errors.size();
        if (r.width() < 3 + 2 * numDims || r.width() > 3 + 2 * numDims) {
            errors.add(new InputError(file, r.line(), null, r.width() + " fields; expected " + (3 + 2 * numDims)
                    + " (name, description, capability, then position and salience for each dimension)"));
            return null;
        }
        String name = unescape(r.field(0));
        String description = unescape(r.field(1));
        String conflict = name.isEmpty() ? null : ids.conflict(name, r.line());
        if (conflict != null) {
            errors.add(new InputError(file, r.line(), "name", conflict));
        }
        if (name.isEmpty() || name.length() > 25) {
            errors.add(new InputError(file, r.line(), "name", Numbers.quote(name) + " has " + name.length()
                    + " characters; KTAB expects 1 to 25"));
        }
        if (description.length() > 256) {
            errors.add(new InputError(file, r.line(), "description", description.length()
                    + " characters; KTAB expects at most 256"));
        }
        BigDecimal c = Numbers.field(file, r, 2, header.field(2), errors);
        if (c != null && (c.signum() <= 0 || c.doubleValue() > MAX_CAPABILITY)) {
            errors.add(new InputError(file, r.line(), header.field(2), "capability " + r.field(2)
                    + "; expected a number above 0 and at most 1e8"));
        }
        Map<String, Stance> stances = new LinkedHashMap<>();
        double sum = 0;
        for (int d = 0; d < numDims; d++) {
            BigDecimal x = Numbers.field(file, r, 3 + 2 * d, issues.get(d).name(), errors);
            BigDecimal s = Numbers.field(file, r, 4 + 2 * d, header.field(4 + 2 * d), errors);
            if (x != null && (x.doubleValue() < 0 || x.doubleValue() > 100)) {
                errors.add(new InputError(file, r.line(), issues.get(d).name(), "position " + r.field(3 + 2 * d)
                        + " is outside 0 to 100"));
            }
            if (s != null && (s.doubleValue() < 0 || s.doubleValue() > 100)) {
                errors.add(new InputError(file, r.line(), header.field(4 + 2 * d), "salience " + r.field(4 + 2 * d)
                        + " is outside 0 to 100"));
            }
            if (x != null && s != null) {
                sum += s.doubleValue();
                stances.put(issues.get(d).id(), Stance.of(x.doubleValue(), s.doubleValue()));
            }
        }
        if (errors.size() == before && sum > 100 + SUM_TOLERANCE) {
            errors.add(new InputError(file, r.line(), null, "saliences of " + Numbers.quote(name) + " sum to "
                    + Numbers.format(sum) + "; KTAB expects at most 100"));
        }
        if (errors.size() > before) {
            return null;
        }
        String id = Ids.fromName(name);
        return new Actor(id, description.isEmpty() ? null : description, c.doubleValue(), null, false, stances,
                null, null, List.of());
    }

    /**
     * The scenario as KTAB CSV. Positions are mapped to 0..100 from each issue's scale. When an actor's saliences
     * sum to more than 100, they are refused unless {@code normaliseSaliences} scales each such actor's saliences
     * to sum to 100 (its relative weights, and so its utilities, stay the same).
     */
    public static String write(Scenario s, boolean normaliseSaliences) {
        List<String> overHundred = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        if (s.actors().size() < MIN_ACTORS || s.actors().size() > MAX_ACTORS) {
            refusals.add("KTAB needs " + MIN_ACTORS + " to " + MAX_ACTORS + " actors; the scenario has "
                    + s.actors().size());
        }
        StringBuilder b = new StringBuilder();
        b.append(escape(s.name() == null ? "Parley scenario" : s.name())).append(',')
                .append(escape(s.description() == null ? "" : firstLine(s.description()))).append(',')
                .append(s.actors().size()).append(',').append(s.issues().size()).append('\n');
        b.append("Actor,Description,Power");
        for (Issue issue : s.issues()) {
            String dim = dimensionName(issue);
            b.append(',').append(escape(dim)).append(',').append(escape(dim + " salience"));
        }
        b.append('\n');
        for (Actor a : s.actors()) {
            if (a.id().length() > 25) {
                refusals.add("actor id '" + a.id() + "' is longer than KTAB's 25 characters");
            }
            if (a.capability() <= 0) {
                refusals.add("actor '" + a.id() + "' has capability 0; KTAB needs capability > 0");
            }
            double sum = 0;
            for (Issue issue : s.issues()) {
                Stance st = a.stances().get(issue.id());
                if (st == null) {
                    refusals.add("actor '" + a.id() + "' has no stance on '" + issue.id()
                            + "'; KTAB needs a stance of every actor on every issue");
                } else {
                    sum += st.salience();
                }
            }
            double factor = 1;
            if (sum > 100 + SUM_TOLERANCE) {
                if (normaliseSaliences) {
                    factor = 100 / sum;
                } else {
                    overHundred.add(a.id() + " " + Numbers.format(sum));
                }
            }
            b.append(escape(a.id())).append(',').append(escape(a.name() == null ? "" : a.name())).append(',')
                    .append(Numbers.format(a.capability()));
            for (Issue issue : s.issues()) {
                Stance st = a.stances().get(issue.id());
                double x = st == null ? 0 : issue.scale().toPercent(st.position());
                double sal = st == null ? 0 : st.salience() * factor;
                b.append(',').append(Numbers.format(round(x))).append(',').append(Numbers.format(round(sal)));
            }
            b.append('\n');
        }
        if (!overHundred.isEmpty()) {
            refusals.add("KTAB needs each actor's saliences to sum to at most 100; they sum to more for "
                    + String.join(", ", overHundred) + " (--normalise-saliences scales each such actor's to 100)");
        }
        if (!refusals.isEmpty()) {
            throw new CannotWriteException("cannot write KTAB CSV: " + String.join("; ", refusals));
        }
        return b.toString();
    }

    /** The issue's name when reading it back gives the same id (KTAB to Parley to KTAB keeps names), else its id. */
    private static String dimensionName(Issue issue) {
        return issue.name() != null && Ids.fromName(issue.name()).equals(issue.id()) ? issue.name() : issue.id();
    }

    private static double round(double x) {
        return Math.round(x * 1e9) / 1e9;
    }

    private static Integer count(String file, CsvRecord r, int k, String what, List<InputError> errors) {
        String raw = r.field(k);
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            errors.add(new InputError(file, r.line(), what, (raw.isBlank() ? "missing" : Numbers.quote(raw))
                    + "; expected a whole number (line 1 is name,description,numActors,numDims)"));
            return null;
        }
    }

    private static String unescape(String field) {
        String f = field.trim();
        if (f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"")) {
            f = f.substring(1, f.length() - 1).trim();
        }
        return f.replace("$$", ",");
    }

    private static String escape(String s) {
        return s.replace(",", "$$").replace("\n", " ");
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
