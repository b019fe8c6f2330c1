package org.parley.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scale;
import org.parley.core.scenario.Scenario;
import org.parley.io.bdm.BdmActorTable;
import org.parley.io.decide.DecideFile;
import org.parley.io.decide.DecideWriter;
import org.parley.io.ktab.KtabCsv;
import org.parley.io.ktab.KtabXml;
import org.parley.io.text.Csv;
import org.parley.io.text.CsvRecord;
import org.parley.io.text.Numbers;
import org.parley.io.text.TextFile;
import org.parley.io.yaml.ScenarioYaml;

/** Reads a scenario from any supported file, telling the format from its name and content, and writes one back. */
public final class ScenarioFiles {

    /** The start of a decide file: a quoted or bare record type, then a field separator. */
    private static final Pattern DECIDE_HEAD = Pattern.compile("['\"]?#[APMDO/]['\"]?[\t;,]");

    private ScenarioFiles() {
    }

    /** The validated scenario in {@code path}; throws {@link InputException} with every located problem. */
    public static Scenario read(Path path, Limits limits) {
        return read(path, limits, BdmActorTable.Options.defaults());
    }

    /** As {@link #read(Path, Limits)}, with options for BDM actor tables. */
    public static Scenario read(Path path, Limits limits, BdmActorTable.Options bdm) {
        TextFile text = TextFile.read(path, limits);
        return switch (detect(text)) {
            case PARLEY_YAML -> ScenarioYaml.readYaml(text, limits);
            case PARLEY_JSON -> ScenarioYaml.readJson(text, limits);
            case BDM_CSV -> BdmActorTable.read(text, limits, bdm);
            case KTAB_CSV -> KtabCsv.read(text, limits);
            case DECIDE -> DecideFile.read(text, limits);
            case KTAB_XML -> KtabXml.read(text, limits).scenario();
        };
    }

    /** The format of a text file, from its extension or, for other names, its first lines. */
    public static ScenarioFormat detect(TextFile text) {
        ScenarioFormat byName = ScenarioFormat.ofExtension(text.name());
        if (byName != null) {
            return byName;
        }
        String lower = text.name().toLowerCase(Locale.ROOT);
        if (KtabXml.isKtabXml(text)) {
            return ScenarioFormat.KTAB_XML;
        }
        if (lower.endsWith(".xml")) {
            throw InputException.of(text.name(), "XML scenarios other than KTAB's (root <Scenario>) are not supported "
                    + "here; expected Parley YAML/JSON, a BDM actor table, a KTAB CSV or XML, or a decide file (GENIUS "
                    + "domains go to 'parley deals')");
        }
        String head = text.content().stripLeading();
        if (DECIDE_HEAD.matcher(head).lookingAt()) {
            return ScenarioFormat.DECIDE;
        }
        if (head.startsWith("{")) {
            return ScenarioFormat.PARLEY_JSON;
        }
        if (!lower.endsWith(".csv") && !lower.endsWith(".txt") && !looksDelimited(head)) {
            return ScenarioFormat.PARLEY_YAML;
        }
        List<CsvRecord> records = Csv.parse(text);
        if (records.isEmpty()) {
            throw InputException.of(text.name(), "has no values, only delimiters and blanks; expected a BDM actor "
                    + "table or a KTAB CSV");
        }
        CsvRecord first = records.get(0);
        if (first.size() >= 4 && isWhole(first.field(2)) && isWhole(first.field(3))) {
            return ScenarioFormat.KTAB_CSV;
        }
        if (BdmActorTable.looksLikeHeader(first)) {
            return ScenarioFormat.BDM_CSV;
        }
        if (records.size() > 1 && KtabCsv.looksLikeHeader(records.get(1))) {
            return ScenarioFormat.KTAB_CSV;
        }
        throw InputException.at(text.name(), first.line(), "cannot tell the format: expected a BDM actor table "
                + "(header Actor,Capability,Position,Salience) or a KTAB CSV (line 1 name,description,numActors,"
                + "numDims)");
    }

    private static boolean looksDelimited(String head) {
        int nl = head.indexOf('\n');
        String line = nl < 0 ? head : head.substring(0, nl);
        return line.contains(",") && !line.contains(": ");
    }

    private static boolean isWhole(String s) {
        return s.trim().matches("\\d+");
    }

    /** The scenario in {@code format}; refuses (IllegalArgumentException) when the format cannot hold it. */
    public static String format(Scenario s, ScenarioFormat format, boolean normaliseSaliences) {
        return switch (format) {
            case PARLEY_YAML -> ScenarioYaml.writeYaml(s);
            case PARLEY_JSON -> ScenarioYaml.writeJson(s);
            case BDM_CSV -> BdmActorTable.write(s);
            case KTAB_CSV -> KtabCsv.write(s, normaliseSaliences);
            case DECIDE -> DecideWriter.write(s);
            case KTAB_XML -> throw new CannotWriteException("cannot write KTAB XML; write KTAB CSV instead (--to ktab)");
        };
    }

    /** What writing the scenario in {@code format} leaves out, in words; empty when nothing is lost. */
    public static List<String> losses(Scenario s, ScenarioFormat format) {
        List<String> out = new ArrayList<>();
        if (format == ScenarioFormat.PARLEY_YAML || format == ScenarioFormat.PARLEY_JSON) {
            return out;
        }
        if (!s.packages().isEmpty()) {
            out.add(s.packages().size() + " package(s)");
        }
        if (s.actors().stream().anyMatch(Actor::hasReservation)) {
            out.add("reservation values");
        }
        if (s.actors().stream().anyMatch(Actor::veto)) {
            out.add("veto marks");
        }
        if (!s.sources().isEmpty() || s.actors().stream().anyMatch(a -> !a.facts().isEmpty())) {
            out.add("sources and facts");
        }
        boolean decide = format == ScenarioFormat.DECIDE;
        if (s.actors().stream().anyMatch(a -> !decide && a.note() != null || a.basis() != null
                || a.stances().values().stream().anyMatch(st -> !decide && st.note() != null || st.basis() != null))) {
            out.add(decide ? "bases" : "notes and bases");
        }
        if (format == ScenarioFormat.DECIDE) {
            if (s.issues().stream().anyMatch(Issue::hasStatusQuo)) {
                out.add("status quo");
            }
            if (s.issues().stream().anyMatch(i -> i.name() != null)) {
                out.add("issue names");
            }
        } else if (s.issues().stream().anyMatch(i -> !i.anchors().isEmpty() || i.hasStatusQuo())) {
            out.add("anchors and status quo");
        }
        if (format == ScenarioFormat.KTAB_CSV) {
            for (Issue i : s.issues()) {
                Scale sc = i.scale();
                if (sc.min() != 0 || sc.max() != 100) {
                    out.add("the scale of " + i.id() + " (" + Numbers.format(sc.min()) + " to "
                            + Numbers.format(sc.max()) + "; positions are rescaled to 0..100)");
                }
            }
        }
        if (s.loss() != org.parley.core.scenario.Loss.LINEAR) {
            out.add("the " + s.loss().word() + " loss");
        }
        if (!s.catastrophes().isEmpty() || s.actors().stream().anyMatch(Actor::hasNoDeal)) {
            out.add("catastrophes and no-deal models");
        }
        if (s.uncertainty().varies() || !s.uncertainty().correlations().isEmpty()) {
            out.add("the uncertainty section");
        }
        if (s.phasing() != null || s.actors().stream().anyMatch(Actor::hasDiscount)
                || s.issues().stream().anyMatch(i -> !i.concededBy().isEmpty() || i.reversible())) {
            out.add("phasing data (discount factors, conceded_by and reversible marks, the phasing section)");
        }
        return out;
    }
}
