package org.parley.io.bdm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.parley.io.SalienceScale;
import org.parley.io.text.Csv;
import org.parley.io.text.CsvRecord;
import org.parley.io.text.Numbers;
import org.parley.io.text.TextFile;

/**
 * The actor table of Bueno de Mesquita's model: a header line and one actor per line with capability, position
 * and salience on a single issue. Header aliases (case-insensitive): actor = Actor|Stakeholder|Name, capability =
 * Capability|Resources|Power|Clout|Influence. Saliences on 0..1 or 0..100 (any value above 1 means 0..100); Parley
 * keeps them on 0..100. The issue's scale is the range of the positions unless given. Extra columns are kept in
 * each stance's note.
 */
public final class BdmActorTable {

    private static final List<String> ACTOR = List.of("actor", "stakeholder", "name");
    private static final List<String> CAPABILITY = List.of("capability", "resources", "power", "clout", "influence");

    /** Reading options: the issue's id (default: from the file name), its scale, and the salience scale. */
    public record Options(String issueId, Scale scale, SalienceScale salienceScale) {
        /** Everything inferred from the file. */
        public static Options defaults() {
            return new Options(null, null, SalienceScale.AUTO);
        }
    }

    private BdmActorTable() {
    }

    /** The one-issue scenario in the table; throws {@link InputException} listing every problem with its line. */
    public static Scenario read(TextFile text, Limits limits, Options options) {
        return load(text, Csv.parse(text), limits, options).scenario();
    }

    /**
     * As {@link #read(TextFile, Limits, Options)}, from the file's records already parsed, with the scenario's
     * warnings located in the file.
     */
    public static ScenarioInput load(TextFile text, List<CsvRecord> records, Limits limits, Options options) {
        String file = text.name();
        if (records.isEmpty()) {
            throw InputException.of(file, "has no values; expected a header like Actor,Capability,Position,Salience"
                    + " and one line per actor");
        }
        CsvRecord header = records.get(0);
        Map<String, Integer> col = columns(header);
        List<InputError> errors = new ArrayList<>();
        for (String needed : List.of("actor", "capability", "position", "salience")) {
            if (!col.containsKey(needed)) {
                errors.add(new InputError(file, header.line(), null, "no " + needed + " column; expected a header "
                        + "like Actor,Capability,Position,Salience (found " + header.fields() + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        List<CsvRecord> rows = records.subList(1, records.size());
        if (rows.size() > limits.maxActors()) {
            throw InputException.of(file, rows.size() + " actor lines, more than the limit of " + limits.maxActors()
                    + " actors");
        }
        if (rows.size() < 2) {
            errors.add(new InputError(file, header.line(), null, "has " + rows.size() + " actor line(s); expected "
                    + "at least 2"));
        }
        List<Row> read = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Ids.Made ids = new Ids.Made("actor");
        for (CsvRecord r : rows) {
            Row row = row(file, r, header, col, seen, ids, options.salienceScale(), errors);
            if (row != null) {
                read.add(row);
            }
        }
        boolean rowsLeftOut = read.size() < rows.size();
        if (read.isEmpty()) {
            throw new InputException(errors);
        }
        boolean percent = options.salienceScale().percent(read.stream().map(Row::salience).toList());
        double lo = read.stream().mapToDouble(r -> r.position().doubleValue()).min().orElse(0);
        double hi = read.stream().mapToDouble(r -> r.position().doubleValue()).max().orElse(0);
        if (options.scale() == null && lo == hi) {
            if (errors.isEmpty()) {
                errors.add(new InputError(file, null, null, "every position is " + Numbers.format(lo)
                        + "; expected at least two different positions"));
            }
            throw new InputException(errors);
        }
        Scale scale = options.scale() != null ? options.scale() : new Scale(lo, hi, null);
        String issueId = options.issueId() != null ? options.issueId() : Ids.fromName(Ids.stem(file));
        List<Actor> actors = new ArrayList<>();
        PathLines lines = new PathLines(header.line());
        for (Row r : read) {
            double s = SalienceScale.toPercent(r.salience(), percent);
            Stance st = new Stance(r.position().doubleValue(), s, extras(header, r.record(), col), null, List.of());
            String id = Ids.fromName(r.name());
            lines.put("actors[" + actors.size() + "]", r.record().line());
            actors.add(new Actor(id, id.equals(r.name()) ? null : r.name(), r.capability().doubleValue(), null,
                    false, Map.of(issueId, st), null, null, List.of()));
        }
        Scenario scenario = new Scenario(Ids.stem(file), null, null, null, List.of(),
                List.of(new Issue(issueId, null, null, scale, List.of(), null, null)), actors, List.of());
        Scenario checked = Checked.table(scenario, errors, rowsLeftOut, file, lines::lineOf, limits);
        return ScenarioInput.of(checked, Checked.tableWarnings(checked, file, lines::lineOf, percent));
    }

    /** One actor line whose values could all be read. */
    private record Row(CsvRecord record, String name, BigDecimal capability, BigDecimal position,
                       BigDecimal salience) {
    }

    private static Row row(String file, CsvRecord r, CsvRecord header, Map<String, Integer> col, Set<String> seen,
                           Ids.Made ids, SalienceScale scale, List<InputError> errors) {
        int before = errors.size();
        if (r.width() > header.size()) {
            errors.add(new InputError(file, r.line(), null, r.width() + " fields; expected " + header.size()
                    + " as in the header"));
        }
        String name = r.field(col.get("actor"));
        if (name.isBlank()) {
            errors.add(new InputError(file, r.line(), null, "empty actor name; expected a name"));
        } else if (!seen.add(name)) {
            errors.add(new InputError(file, r.line(), null, "duplicate actor '" + name + "'; expected each actor on "
                    + "one line"));
        } else {
            String conflict = ids.conflict(name, r.line());
            if (conflict != null) {
                errors.add(new InputError(file, r.line(), null, conflict));
            }
        }
        BigDecimal c = Numbers.field(file, r, col.get("capability"), header.field(col.get("capability")), errors);
        BigDecimal x = Numbers.field(file, r, col.get("position"), header.field(col.get("position")), errors);
        BigDecimal s = Numbers.field(file, r, col.get("salience"), header.field(col.get("salience")), errors);
        if (c != null && c.signum() < 0) {
            errors.add(new InputError(file, r.line(), header.field(col.get("capability")),
                    r.field(col.get("capability")) + "; expected a number >= 0"));
        }
        if (s != null && (s.signum() < 0 || s.compareTo(scale.max()) > 0)) {
            errors.add(new InputError(file, r.line(), header.field(col.get("salience")),
                    r.field(col.get("salience")) + "; " + scale.expected()));
        }
        return errors.size() > before ? null : new Row(r, name, c, x, s);
    }

    /** The table of a one-issue scenario (saliences written on 0..1); refuses scenarios it cannot hold. */
    public static String write(Scenario s) {
        if (s.issues().size() != 1) {
            throw new CannotWriteException("a BDM actor table holds one issue; this scenario has "
                    + s.issues().size() + " " + s.issues().stream().map(Issue::id).toList()
                    + "; pick one with --issue ID");
        }
        String issue = s.issues().get(0).id();
        StringBuilder b = new StringBuilder("Actor,Capability,Position,Salience\n");
        for (Actor a : s.actors()) {
            Stance st = a.stances().get(issue);
            if (st == null) {
                continue;
            }
            b.append(quote(a.label())).append(',').append(Numbers.format(a.capability())).append(',')
                    .append(Numbers.format(st.position())).append(',')
                    .append(Numbers.unitSalience(st.salience()))
                    .append('\n');
        }
        return b.toString();
    }

    /**
     * Whether a first line is meant as this table's header: it names at least two of the four columns (so that a
     * header missing one column is still read as a BDM table and the missing column reported).
     */
    public static boolean looksLikeHeader(CsvRecord first) {
        return columns(first).size() >= 2;
    }

    private static Map<String, Integer> columns(CsvRecord header) {
        Map<String, Integer> col = new LinkedHashMap<>();
        for (int k = 0; k < header.size(); k++) {
            String h = header.field(k).toLowerCase(Locale.ROOT);
            if (ACTOR.contains(h)) {
                col.putIfAbsent("actor", k);
            } else if (CAPABILITY.contains(h)) {
                col.putIfAbsent("capability", k);
            } else if (h.equals("position") || h.equals("salience")) {
                col.putIfAbsent(h, k);
            }
        }
        return col;
    }

    private static String extras(CsvRecord header, CsvRecord row, Map<String, Integer> col) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < header.size(); k++) {
            if (!col.containsValue(k) && !row.field(k).isBlank()) {
                b.append(b.length() == 0 ? "" : "; ").append(header.field(k)).append(": ").append(row.field(k));
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
