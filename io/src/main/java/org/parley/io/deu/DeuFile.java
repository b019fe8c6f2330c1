package org.parley.io.deu;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * The DEU III file (docs/formats/deu.md, docs/backtest.md): tab-separated, a header naming {@code prnr},
 * {@code isnr}, a position column {@code p<actor>} and a salience column {@code s<actor>} per actor, {@code rp} and
 * {@code out}; an optional row of capabilities (the GDP row) before the first issue. An actor takes part in an issue
 * iff both its position and its salience are numbers; an issue is usable iff its outcome is a number in [0, 100].
 * Non-numeric cells and values off 0..100 are errors naming the line and the column.
 */
public final class DeuFile {

    /** The name of the capability vector of the GDP row. */
    public static final String GDP = "gdp";

    private static final Set<String> NOT_ACTORS = Set.of("rnr", "rname", "roc", "roccde");

    private DeuFile() {
    }

    /** Whether a first line looks like a DEU header: tab-separated, naming prnr, isnr and out. */
    public static boolean looksLikeHeader(String firstLine) {
        if (firstLine.indexOf('\t') < 0) {
            return false;
        }
        Set<String> names = new HashSet<>();
        for (String f : firstLine.split("\t", -1)) {
            names.add(f.replace("\"", "").trim().toLowerCase(Locale.ROOT));
        }
        return names.contains("prnr") && names.contains("isnr");
    }

    /** The data set in the file; throws {@link InputException} listing every problem with its line and column. */
    public static OutcomeDataset read(TextFile text) {
        String file = text.name();
        List<CsvRecord> records = Csv.parse(text, '\t', '"');
        if (records.isEmpty()) {
            throw InputException.of(file, "has no lines; expected the DEU III header and one line per issue");
        }
        CsvRecord header = records.get(0);
        Columns col = Columns.of(file, header);
        List<InputError> errors = new ArrayList<>();
        Map<String, Double> gdp = null;
        List<OutcomeIssue> issues = new ArrayList<>();
        List<ExcludedIssue> excluded = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int r = 1; r < records.size(); r++) {
            CsvRecord row = records.get(r);
            String prnr = row.field(col.prnr).trim();
            String isnr = row.field(col.isnr).trim();
            if (prnr.isEmpty() && isnr.isEmpty()) {
                if (r == 1) {
                    gdp = capabilityRow(file, row, header, col, errors);
                } else {
                    errors.add(new InputError(file, row.line(), null, "no proposal (prnr) and no issue (isnr); "
                            + "expected an issue row (only the row right after the header may be a capability row)"));
                }
                continue;
            }
            if (prnr.isEmpty() || isnr.isEmpty()) {
                errors.add(new InputError(file, row.line(), prnr.isEmpty() ? "prnr" : "isnr",
                        "blank; expected the " + (prnr.isEmpty() ? "proposal" : "issue") + " id"));
                continue;
            }
            if (!seen.add(isnr)) {
                errors.add(new InputError(file, row.line(), "isnr", "duplicate issue '" + isnr
                        + "'; expected each issue on one line"));
                continue;
            }
            int before = errors.size();
            List<Stand> stands = new ArrayList<>();
            for (int a = 0; a < col.actors.size(); a++) {
                BigDecimal x = Numbers.scaleField(file, row, col.position.get(a), header.field(col.position.get(a)),
                        errors);
                BigDecimal s = Numbers.scaleField(file, row, col.salience.get(a), header.field(col.salience.get(a)),
                        errors);
                if (x != null && s != null) {
                    stands.add(new Stand(col.actors.get(a), x.doubleValue(), s.doubleValue()));
                }
            }
            BigDecimal rp = col.rp < 0 ? null : Numbers.scaleField(file, row, col.rp, header.field(col.rp), errors);
            String outText = row.field(col.out).trim();
            BigDecimal out = Numbers.parse(outText);
            if (!outText.isEmpty() && out == null) {
                errors.add(new InputError(file, row.line(), header.field(col.out), Numbers.quote(outText)
                        + " (field " + (col.out + 1) + "); expected a number 0 to 100, or blank for no outcome"));
            }
            if (errors.size() > before) {
                continue;
            }
            if (out == null) {
                excluded.add(new ExcludedIssue(isnr, prnr, "blank outcome"));
            } else if (out.signum() < 0 || out.compareTo(BigDecimal.valueOf(100)) > 0) {
                excluded.add(new ExcludedIssue(isnr, prnr, "outcome " + out.toPlainString() + " outside 0..100"));
            } else {
                issues.add(new OutcomeIssue(isnr, prnr, out.doubleValue(), rp == null ? null : rp.doubleValue(),
                        stands));
            }
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        if (issues.isEmpty()) {
            throw InputException.of(file, "has no issue with an outcome on 0..100; expected at least one to score");
        }
        Map<String, Capabilities> sets = new LinkedHashMap<>();
        if (gdp != null) {
            sets.put(GDP, new Capabilities(GDP, gdp));
        }
        return new OutcomeDataset(Ids.stem(file), col.actors, issues, excluded, sets);
    }

    /** The capability row: a number >= 0 in every actor's position column. */
    private static Map<String, Double> capabilityRow(String file, CsvRecord row, CsvRecord header, Columns col,
                                                     List<InputError> errors) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int a = 0; a < col.actors.size(); a++) {
            int k = col.position.get(a);
            String raw = row.field(k).trim();
            BigDecimal v = Numbers.parse(raw);
            if (v == null || v.signum() < 0) {
                errors.add(new InputError(file, row.line(), header.field(k), (raw.isEmpty() ? "blank"
                        : Numbers.quote(raw)) + " (field " + (k + 1) + ") in the capability row; expected a number "
                        + ">= 0"));
            } else {
                out.put(col.actors.get(a), v.doubleValue());
            }
        }
        return out;
    }

    /** Where the columns are: ids, one position and one salience column per actor, rp (or -1) and out. */
    private record Columns(int prnr, int isnr, List<String> actors, List<Integer> position, List<Integer> salience,
                           int rp, int out) {

        static Columns of(String file, CsvRecord header) {
            Map<String, Integer> at = new LinkedHashMap<>();
            for (int k = 0; k < header.size(); k++) {
                at.putIfAbsent(header.field(k).trim().toLowerCase(Locale.ROOT), k);
            }
            List<InputError> errors = new ArrayList<>();
            for (String needed : List.of("prnr", "isnr", "out")) {
                if (!at.containsKey(needed)) {
                    errors.add(new InputError(file, header.line(), null, "no '" + needed + "' column; expected the "
                            + "DEU III header with prnr, isnr, p<actor> and s<actor> per actor, rp and out"));
                }
            }
            List<String> actors = new ArrayList<>();
            List<Integer> position = new ArrayList<>();
            List<Integer> salience = new ArrayList<>();
            for (Map.Entry<String, Integer> e : at.entrySet()) {
                String name = e.getKey();
                if (name.length() > 1 && name.charAt(0) == 'p' && !NOT_ACTORS.contains(name.substring(1))
                        && at.containsKey("s" + name.substring(1))) {
                    actors.add(name.substring(1));
                    position.add(e.getValue());
                    salience.add(at.get("s" + name.substring(1)));
                }
            }
            if (actors.isEmpty()) {
                errors.add(new InputError(file, header.line(), null, "no actor columns; expected a position column "
                        + "p<actor> and a salience column s<actor> per actor, e.g. pcom and scom"));
            }
            if (!errors.isEmpty()) {
                throw new InputException(errors);
            }
            return new Columns(at.get("prnr"), at.get("isnr"), actors, position, salience,
                    at.getOrDefault("rp", -1), at.get("out"));
        }
    }
}
