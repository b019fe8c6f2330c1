package org.parley.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.parley.core.forecast.smp.SmpModel;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scale;
import org.parley.core.scenario.Scenario;
import org.parley.io.bdm.BdmActorTable;
import org.parley.io.decide.DecideFile;
import org.parley.io.decide.DecideWriter;
import org.parley.io.ktab.KtabCsv;
import org.parley.io.ktab.KtabScenario;
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
        return load(path, limits, bdm).scenario();
    }

    /**
     * The validated scenario in {@code path} with the model parameters the file sets (a KTAB XML file: SMP's
     * seed, switches and ideal adjustment, under {@code smp}) and the reader's notes; parses the file once.
     */
    public static ScenarioInput load(Path path, Limits limits, BdmActorTable.Options bdm) {
        return load(TextFile.read(path, limits), limits, bdm);
    }

    /**
     * As {@link #load(Path, Limits, BdmActorTable.Options)}, for a text already read; the format is told once, and a
     * table is parsed once.
     */
    public static ScenarioInput load(TextFile text, Limits limits, BdmActorTable.Options bdm) {
        Sniffed sniffed = sniff(text);
        return switch (sniffed.format()) {
            case PARLEY_YAML -> ScenarioYaml.loadYaml(text, limits);
            case PARLEY_JSON -> ScenarioYaml.loadJson(text, limits);
            case BDM_CSV -> BdmActorTable.load(text, sniffed.records(), limits, bdm);
            case KTAB_CSV -> KtabCsv.load(text, sniffed.records(), limits);
            case DECIDE -> DecideFile.load(text, limits);
            case KTAB_XML -> {
                KtabScenario k = KtabXml.read(text, limits);
                List<InputError> warnings = new ArrayList<>();
                k.warnings().forEach(w -> warnings.add(new InputError(text.name(), null, null, w)));
                warnings.addAll(Checked.warnings(k.scenario(), text.name(), path -> null));
                yield new ScenarioInput(k.scenario(), Map.of(SmpModel.NAME, k.smpDefaults()), warnings);
            }
        };
    }

    /** The format of a text file, from its extension or, for other names, its first lines. */
    public static ScenarioFormat detect(TextFile text) {
        return sniff(text).format();
    }

    /** A format, and for a comma-separated table the records the sniffing parsed (so readers need not again). */
    private record Sniffed(ScenarioFormat format, List<CsvRecord> records) {
    }

    private static Sniffed sniff(TextFile text) {
        ScenarioFormat byName = ScenarioFormat.ofExtension(text.name());
        if (byName != null) {
            return new Sniffed(byName, null);
        }
        String lower = text.name().toLowerCase(Locale.ROOT);
        if (KtabXml.isKtabXml(text)) {
            return new Sniffed(ScenarioFormat.KTAB_XML, null);
        }
        if (lower.endsWith(".xml")) {
            throw InputException.of(text.name(), "XML scenarios other than KTAB's (root <Scenario>) are not supported "
                    + "here; expected Parley YAML/JSON, a BDM actor table, a KTAB CSV or XML, or a decide file (GENIUS "
                    + "domains go to 'parley deals')");
        }
        String head = text.content().stripLeading();
        if (DECIDE_HEAD.matcher(head).lookingAt()) {
            return new Sniffed(ScenarioFormat.DECIDE, null);
        }
        if (head.startsWith("{")) {
            return new Sniffed(ScenarioFormat.PARLEY_JSON, null);
        }
        if (!lower.endsWith(".csv") && !lower.endsWith(".txt") && !looksDelimited(head)) {
            return new Sniffed(ScenarioFormat.PARLEY_YAML, null);
        }
        List<CsvRecord> records = Csv.parse(text);
        if (records.isEmpty()) {
            throw InputException.of(text.name(), "has no values, only delimiters and blanks; expected a BDM actor "
                    + "table or a KTAB CSV");
        }
        CsvRecord first = records.get(0);
        if (first.size() >= 4 && isWhole(first.field(2)) && isWhole(first.field(3))) {
            return new Sniffed(ScenarioFormat.KTAB_CSV, records);
        }
        if (BdmActorTable.looksLikeHeader(first)) {
            return new Sniffed(ScenarioFormat.BDM_CSV, records);
        }
        if (records.size() > 1 && KtabCsv.looksLikeHeader(records.get(1))) {
            return new Sniffed(ScenarioFormat.KTAB_CSV, records);
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
        String t = s.trim();
        return !t.isEmpty() && t.chars().allMatch(c -> c >= '0' && c <= '9');
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
