package org.parley.core.forecast.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scale;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.ScenarioValidator;
import org.parley.core.scenario.Stance;

/**
 * Scenarios for the exchange-model tests: the decide sample (a copy of data/exchange/sample_data.txt read with a
 * minimal parser; the io module has the real reader) and scenarios built from arrays.
 */
final class ExchangeTestData {

    private ExchangeTestData() {
    }

    /** The sample of exchange.md Section 4: 10 actors, 6 issues; power as capability, salience x 100. */
    static Scenario sample() {
        String text;
        try (InputStream in = ExchangeTestData.class.getResourceAsStream("sample_data.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> actors = new ArrayList<>();
        Map<String, double[]> scales = new LinkedHashMap<>();
        Map<String, Map<String, Stance>> stances = new LinkedHashMap<>();
        Map<String, Double> power = new LinkedHashMap<>();
        for (String line : text.split("\r?\n")) {
            String[] f = line.split("\t");
            for (int k = 0; k < f.length; k++) {
                f[k] = f[k].replace("'", "").trim();
            }
            switch (f[0]) {
                case "#A" -> actors.add(f[1]);
                case "#P" -> scales.put(f[1], new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY});
                case "#M" -> {
                    double[] s = scales.get(f[1]);
                    s[0] = Math.min(s[0], Double.parseDouble(f[2]));
                    s[1] = Math.max(s[1], Double.parseDouble(f[2]));
                }
                case "#D" -> {
                    double salience = new BigDecimal(f[4]).movePointRight(2).doubleValue();
                    stances.computeIfAbsent(f[1], k -> new LinkedHashMap<>())
                            .put(f[2], Stance.of(Double.parseDouble(f[3]), salience));
                    power.put(f[1], Double.parseDouble(f[5]));
                }
                default -> { }
            }
        }
        List<Issue> issues = new ArrayList<>();
        scales.forEach((id, s) -> issues.add(Issue.of(id, new Scale(s[0], s[1], null))));
        List<Actor> list = new ArrayList<>();
        for (String a : actors) {
            list.add(Actor.of(a, power.get(a), stances.get(a)));
        }
        return ScenarioValidator.check(new Scenario("sample_data", null, null, null, List.of(), issues, list,
                List.of()));
    }

    /** A scenario on 0..100 issues I0, I1, ... from positions, saliences (0..100) and capabilities per actor. */
    static Scenario scenario(double[][] x, double[][] s, double[] c) {
        int m = x[0].length;
        List<Issue> issues = new ArrayList<>();
        for (int d = 0; d < m; d++) {
            issues.add(Issue.of("I" + d, Scale.PERCENT));
        }
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            Map<String, Stance> st = new LinkedHashMap<>();
            for (int d = 0; d < m; d++) {
                st.put("I" + d, Stance.of(x[i][d], s[i][d]));
            }
            actors.add(Actor.of("A" + i, c[i], st));
        }
        return new Scenario("random", null, null, null, List.of(), issues, actors, List.of());
    }
}
