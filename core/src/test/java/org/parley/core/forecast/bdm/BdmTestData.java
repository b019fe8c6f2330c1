package org.parley.core.forecast.bdm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.forecast.ForecastRound;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scale;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Stance;

/** Reference files of this package, read from the classpath, and scenarios built from BDM actor tables. */
final class BdmTestData {

    /** The id of the one issue of a scenario built from an actor table. */
    static final String ISSUE = "ISSUE";

    private BdmTestData() {
    }

    /** The rows of a CSV resource (header, comma-separated, no quotes; LF, CRLF or old-Mac CR line endings). */
    static List<Map<String, String>> csv(String resource) {
        String text;
        try (InputStream in = BdmTestData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] lines = text.split("\r\n|\r|\n");
        String[] header = lines[0].split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int k = 1; k < lines.length; k++) {
            if (lines[k].isBlank()) {
                continue;
            }
            String[] cells = lines[k].split(",", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.length; c++) {
                row.put(header[c].trim(), cells[c].trim());
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * A one-issue scenario from a BDM actor table (formats.md Section 6): name column Actor or Stakeholder, capability
     * column Capability or Resources; saliences on 0..1 are scaled to Parley's 0..100 exactly (decimal shift).
     */
    static Scenario scenario(String resource) {
        List<Map<String, String>> rows = csv(resource);
        boolean percent = rows.stream().anyMatch(r -> Double.parseDouble(r.get("Salience")) > 1);
        List<Actor> actors = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Map<String, String> row : rows) {
            String name = row.containsKey("Actor") ? row.get("Actor") : row.get("Stakeholder");
            String capability = row.containsKey("Capability") ? row.get("Capability") : row.get("Resources");
            double x = Double.parseDouble(row.get("Position"));
            BigDecimal s = new BigDecimal(row.get("Salience"));
            double salience = (percent ? s : s.movePointRight(2)).doubleValue();
            min = Math.min(min, x);
            max = Math.max(max, x);
            actors.add(new Actor(id(name), name, Double.parseDouble(capability), null, false,
                    Map.of(ISSUE, Stance.of(x, salience)), null, null, List.of()));
        }
        Issue issue = Issue.of(ISSUE, new Scale(min, max > min ? max : min + 1, null));
        return new Scenario(resource, null, null, null, List.of(), List.of(issue), actors, List.of());
    }

    /** A one-issue scenario from arrays: actor i is {@code "A" + i}, salience on 0..100. */
    static Scenario scenario(double[] x, double[] c, double[] salience) {
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            actors.add(Actor.of("A" + i, c[i], Map.of(ISSUE, Stance.of(x[i], salience[i]))));
        }
        return new Scenario("generated", null, null, null, List.of(), List.of(Issue.of(ISSUE, new Scale(0, 100, null))),
                actors, List.of());
    }

    /** An actor id from a display name: characters other than letters, digits, '_', '.', '-' become '_'. */
    static String id(String name) {
        return name.replaceAll("[^\\p{L}\\p{N}_.\\-]", "_");
    }

    /** Asserts that no number of the run, in the forecast or the trace, is NaN or infinite. */
    static void assertFinite(BdmRun run) {
        for (ForecastRound round : run.forecast().rounds()) {
            round.positions().values().forEach(m -> m.values().forEach(BdmTestData::finite));
        }
        run.forecast().forecast().values().forEach(BdmTestData::finite);
        run.forecast().statistics().values().forEach(m -> m.values().forEach(BdmTestData::finite));
        for (BdmIssueTrace issue : run.trace()) {
            finite(issue.range());
            finite(issue.initialMedian());
            finite(issue.initialMean());
            for (BdmRoundTrace round : issue.rounds()) {
                finite(round.median());
                finite(round.mean());
                finite(round.range());
                for (BdmActorTrace a : round.actors()) {
                    finite(a.position());
                    finite(a.newPosition());
                    finite(a.risk());
                    finite(a.security());
                    for (BdmOffer o : a.offers()) {
                        finite(o.euIj());
                        finite(o.euJi());
                        finite(o.position());
                    }
                }
            }
        }
    }

    private static void finite(double v) {
        assertThat(v).isFinite();
    }

    /** The emission-standards case of BDM (1994), Scholz Table 1. */
    static Scenario emission() {
        return scenario("emission-1994.csv");
    }
}
