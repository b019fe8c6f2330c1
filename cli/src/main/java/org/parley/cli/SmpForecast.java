package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.forecast.Forecast;
import org.parley.core.forecast.smp.Accommodation;
import org.parley.core.forecast.smp.SmpModel;
import org.parley.core.forecast.smp.SmpRun;
import org.parley.core.params.Params;
import org.parley.core.scenario.Scenario;
import org.parley.io.Limits;
import org.parley.io.ScenarioFiles;
import org.parley.io.json.ResultJson;
import org.parley.io.ktab.KtabScenario;
import org.parley.io.ktab.KtabXml;
import org.parley.io.text.TextFile;

/**
 * {@code parley forecast SCENARIO --model smp}: runs KTAB's Spatial Model of Politics. A KTAB XML file brings its
 * own switches, seed and ideal adjustment, which {@code --set} overrides. Prints the forecast table and a summary,
 * every turn with {@code --explain}, or one JSON document (the forecast plus {@code probabilities} and
 * {@code trace}) with {@code --json}.
 */
final class SmpForecast {

    private SmpForecast() {
    }

    /** Runs SMP on {@code file} with the {@code --set} pairs and prints the result. */
    static int run(Path file, InputOptions input, List<String> pairs, boolean explain, boolean json, PrintWriter out,
                   PrintWriter err) {
        Limits limits = input.limits();
        TextFile text = TextFile.read(file, limits);
        Scenario scenario;
        Accommodation accommodation = null;
        List<String> given = new ArrayList<>();
        if (KtabXml.isKtabXml(text)) {
            KtabScenario k = KtabXml.read(text, limits);
            scenario = k.scenario();
            accommodation = k.accommodation();
            given.add("seed=" + Long.toUnsignedString(k.seed()));
            k.params().forEach((key, value) -> given.add(key + "=" + value));
            k.warnings().forEach(w -> note(err, w));
        } else {
            scenario = ScenarioFiles.read(text, limits, input.bdmOptions());
        }
        given.addAll(pairs);
        SmpRun run = SmpModel.run(scenario, Params.parse(given), accommodation);
        run.notes().forEach(n -> note(err, n));
        if (json) {
            out.print(ResultJson.write(document(run)));
        } else {
            out.print(ForecastCommand.render(scenario, run.forecast()));
            out.println();
            out.print(SmpText.summary(scenario, run));
            if (explain) {
                out.println();
                out.print(SmpText.turns(scenario, run));
            }
        }
        out.flush();
        err.flush();
        return Parley.OK;
    }

    /** The forecast contract's keys, then {@code probabilities} (final distinct positions) and {@code trace}. */
    static Map<String, Object> document(SmpRun run) {
        Forecast f = run.forecast();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("model", f.model());
        doc.put("issues", f.issues());
        doc.put("rounds", f.rounds());
        doc.put("forecast", f.forecast());
        doc.put("headline", f.headline());
        doc.put("statistics", f.statistics());
        doc.put("params", f.params());
        doc.put("states", run.states());
        doc.put("probabilities", run.probabilities());
        doc.put("trace", run.turns());
        if (!run.notes().isEmpty()) {
            doc.put("notes", run.notes());
        }
        return doc;
    }

    private static void note(PrintWriter err, String message) {
        err.println("parley: note: " + message);
    }
}
