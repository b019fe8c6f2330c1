package org.parley.io.outcomes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.core.backtest.Capabilities;
import org.parley.core.backtest.ExcludedIssue;
import org.parley.core.backtest.OutcomeDataset;
import org.parley.core.backtest.OutcomeIssue;
import org.parley.core.backtest.Stand;
import org.parley.io.Ids;
import org.parley.io.InputError;
import org.parley.io.InputException;
import org.parley.io.text.Csv;
import org.parley.io.text.CsvRecord;
import org.parley.io.text.Numbers;
import org.parley.io.text.TextFile;

/**
 * The generic outcome CSV (docs/formats/outcome-csv.md): one line per actor and issue with the columns
 * {@code issue, actor, position, salience, outcome} and optionally {@code proposal}, {@code capability} and
 * {@code reference_point}; positions, saliences, outcomes and reference points on 0..100. An issue whose outcome is
 * blank on every line is left out of scoring; a blank position leaves the actor out of the issue. Every problem is
 * reported with its line and column.
 */
public final class OutcomeCsv {

    /** The name of the capability vector read from the {@code capability} column. */
    public static final String DATA = "data";

    private static final List<String> REQUIRED = List.of("issue", "actor", "position", "salience", "outcome");
    private static final Map<String, String> ALIASES = Map.of("rp", "reference_point", "status_quo",
            "reference_point", "prnr", "proposal", "isnr", "issue");

    private OutcomeCsv() {
    }

    /** The data set in the file; throws {@link InputException} listing every problem with its line and column. */
    public static OutcomeDataset read(TextFile text) {
        String file = text.name();
        List<CsvRecord> records = Csv.parse(text);
        if (records.isEmpty()) {
            throw InputException.of(file, "has no lines; expected a header " + String.join(",", REQUIRED));
        }
        CsvRecord header = records.get(0);
        Map<String, Integer> col = new LinkedHashMap<>();
        for (int k = 0; k < header.size(); k++) {
            String name = header.field(k).trim().toLowerCase(Locale.ROOT);
            col.putIfAbsent(ALIASES.getOrDefault(name, name), k);
        }
        List<InputError> errors = new ArrayList<>();
        for (String needed : REQUIRED) {
            if (!col.containsKey(needed)) {
                errors.add(new InputError(file, header.line(), null, "no '" + needed + "' column; expected a "
                        + "header with issue, actor, position, salience and outcome (found " + header.fields() + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        Map<String, Issue> issues = new LinkedHashMap<>();
        Set<String> actors = new LinkedHashSet<>();
        Map<String, BigDecimal> capability = new LinkedHashMap<>();
        Map<String, Integer> capabilityLine = new HashMap<>();
        for (CsvRecord r : records.subList(1, records.size())) {
            if (r.width() > header.size()) {
                errors.add(new InputError(file, r.line(), null, r.width() + " fields; expected " + header.size()
                        + " as in the header"));
                continue;
            }
            int before = errors.size();
            String issueId = text(file, r, header, col.get("issue"), errors);
            String actor = text(file, r, header, col.get("actor"), errors);
            String proposal = col.containsKey("proposal") ? r.field(col.get("proposal")).trim() : "";
            BigDecimal x = scale(file, r, header, col.get("position"), errors);
            BigDecimal s = scale(file, r, header, col.get("salience"), errors);
            BigDecimal out = scale(file, r, header, col.get("outcome"), errors);
            BigDecimal rp = col.containsKey("reference_point")
                    ? scale(file, r, header, col.get("reference_point"), errors) : null;
            BigDecimal c = null;
            if (col.containsKey("capability")) {
                String raw = r.field(col.get("capability")).trim();
                c = raw.isEmpty() ? null : Numbers.parse(raw);
                if (!raw.isEmpty() && (c == null || c.signum() < 0)) {
                    errors.add(new InputError(file, r.line(), header.field(col.get("capability")), Numbers.quote(raw)
                            + "; expected a number >= 0"));
                }
            }
            if (x != null && s == null && errors.size() == before) {
                errors.add(new InputError(file, r.line(), header.field(col.get("salience")), "actor '" + actor
                        + "' has a position on issue '" + issueId + "' and no salience; expected a salience 0 to 100"));
            }
            if (errors.size() > before) {
                continue;
            }
            Issue issue = issues.computeIfAbsent(issueId, id -> new Issue(id, proposal.isEmpty() ? id : proposal,
                    r.line()));
            issue.agree(file, r, header, col, proposal, out, rp, errors);
            if (x == null) {
                continue;
            }
            if (!issue.actors.add(actor)) {
                errors.add(new InputError(file, r.line(), header.field(col.get("actor")), "actor '" + actor
                        + "' appears twice on issue '" + issueId + "'; expected one line per actor and issue"));
                continue;
            }
            actors.add(actor);
            issue.stands.add(new Stand(actor, x.doubleValue(), s.doubleValue()));
            if (c != null) {
                BigDecimal had = capability.putIfAbsent(actor, c);
                if (had != null && had.compareTo(c) != 0) {
                    errors.add(new InputError(file, r.line(), header.field(col.get("capability")), "actor '" + actor
                            + "' has capability " + c.toPlainString() + " here and " + had.toPlainString() + " on line "
                            + capabilityLine.get(actor) + "; expected one capability per actor"));
                }
                capabilityLine.putIfAbsent(actor, r.line());
            }
        }
        if (col.containsKey("capability")) {
            for (String a : actors) {
                if (!capability.containsKey(a)) {
                    errors.add(new InputError(file, null, "capability", "actor '" + a + "' has no capability on "
                            + "any line; expected a number >= 0 on at least one of its lines"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        List<OutcomeIssue> usable = new ArrayList<>();
        List<ExcludedIssue> excluded = new ArrayList<>();
        for (Issue i : issues.values()) {
            if (i.outcome == null) {
                excluded.add(new ExcludedIssue(i.id, i.proposal, "blank outcome"));
            } else {
                usable.add(new OutcomeIssue(i.id, i.proposal, i.outcome.doubleValue(),
                        i.rp == null ? null : i.rp.doubleValue(), i.stands));
            }
        }
        if (usable.isEmpty()) {
            throw InputException.of(file, "has no issue with an outcome; expected at least one to score");
        }
        Map<String, Capabilities> sets = new LinkedHashMap<>();
        if (col.containsKey("capability")) {
            Map<String, Double> w = new LinkedHashMap<>();
            capability.forEach((a, c) -> w.put(a, c.doubleValue()));
            sets.put(DATA, new Capabilities(DATA, w));
        }
        return new OutcomeDataset(Ids.stem(file), List.copyOf(actors), usable, excluded, sets);
    }

    /** One issue as its lines are read. */
    private static final class Issue {
        final String id;
        final String proposal;
        final int firstLine;
        final Set<String> actors = new HashSet<>();
        final List<Stand> stands = new ArrayList<>();
        BigDecimal outcome;
        int outcomeLine;
        BigDecimal rp;
        int rpLine;

        Issue(String id, String proposal, int firstLine) {
            this.id = id;
            this.proposal = proposal;
            this.firstLine = firstLine;
        }

        /** Checks that a line agrees with the issue's proposal, outcome and reference point given before. */
        void agree(String file, CsvRecord r, CsvRecord header, Map<String, Integer> col, String p, BigDecimal out,
                   BigDecimal ref, List<InputError> errors) {
            if (!p.isEmpty() && !p.equals(proposal)) {
                errors.add(new InputError(file, r.line(), header.field(col.get("proposal")), "issue '" + id
                        + "' is in proposal '" + p + "' here and '" + proposal + "' on line " + firstLine
                        + "; expected one proposal per issue"));
            }
            if (out != null) {
                if (outcome == null) {
                    outcome = out;
                    outcomeLine = r.line();
                } else if (outcome.compareTo(out) != 0) {
                    errors.add(new InputError(file, r.line(), header.field(col.get("outcome")), "issue '" + id
                            + "' has outcome " + out.toPlainString() + " here and " + outcome.toPlainString()
                            + " on line " + outcomeLine + "; expected one outcome per issue"));
                }
            }
            if (ref != null) {
                if (rp == null) {
                    rp = ref;
                    rpLine = r.line();
                } else if (rp.compareTo(ref) != 0) {
                    errors.add(new InputError(file, r.line(), header.field(col.get("reference_point")), "issue '"
                            + id + "' has reference point " + ref.toPlainString() + " here and " + rp.toPlainString()
                            + " on line " + rpLine + "; expected one reference point per issue"));
                }
            }
        }
    }

    private static String text(String file, CsvRecord r, CsvRecord header, int k, List<InputError> errors) {
        String v = r.field(k).trim();
        if (v.isEmpty()) {
            errors.add(new InputError(file, r.line(), header.field(k), "blank; expected an id"));
        }
        return v;
    }

    /** Blank (null) or a number on 0..100; anything else is an error naming the line and column. */
    private static BigDecimal scale(String file, CsvRecord r, CsvRecord header, int k, List<InputError> errors) {
        return Numbers.scaleField(file, r, k, header.field(k), errors);
    }
}
