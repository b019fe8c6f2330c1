package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.io.json.ResultJson;
import picocli.CommandLine;

/** {@code parley forecast --model smp} end to end, from the project root (surefire's working directory). */
class ForecastSmpTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int parley(String... args) {
        CommandLine cl = Parley.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void forecasts_a_ktab_csv_as_a_table() {
        assertThat(parley("forecast", "data/ktab/dummyData_3Dim.csv", "--model", "smp")).isZero();
        assertThat(out.toString()).contains("Forecast by smp (headline: most probable)")
                .containsPattern("Pstn1 +79\\.88 +79\\.03 +78\\.60").doesNotContain("warning");
    }

    @Test
    void explains_the_run_and_every_turn() {
        assertThat(parley("forecast", "data/ktab/dummyData_3Dim.csv", "--model", "smp", "--explain")).isZero();
        assertThat(out.toString()).contains("SMP: 11 states (turns 0..10), stopped when the change of a turn fell to "
                        + "0.0045 of the first turn's")
                .contains("  SActor-05: 84.48 -> 79.88, 33.7 -> 34.37, 88.11 -> 75.16; P(final position) 0.4009")
                .contains("  p=0.4009  79.88 / 34.37 / 75.16  SActor-05")
                .contains("Turn 0").contains("Turn 10 (change 0.0045 of the first turn's)")
                .contains("last state: no more moves")
                .contains("  SActor-03: R -0.27; challenges SActor-00 (P(win) 0.806, gain 0.2839); adopts "
                        + "SActor-03->SActor-00 (p 0.837), moves to 65.82 / 50.76 / 63.02");
    }

    @Test
    void json_carries_the_forecast_contract_convergence_and_trace() throws IOException {
        assertThat(parley("forecast", "data/ktab/SOE-Pol-Comp.csv", "--model", "smp", "--json")).isZero();
        JsonNode doc = ResultJson.mapper().readTree(out.toString());
        assertThat(doc.get("model").asText()).isEqualTo("smp");
        assertThat(doc.get("issues")).hasSize(2);
        assertThat(doc.get("rounds")).hasSize(28);
        assertThat(doc.at("/rounds/27/positions/XJ/Policy_Position").asDouble()).isEqualTo(43.18);
        assertThat(doc.at("/forecast/Policy_Position").asDouble()).isEqualTo(38.82);
        assertThat(doc.at("/statistics/weighted_mean/Policy_Position").asDouble()).isCloseTo(37.276,
                org.assertj.core.api.Assertions.within(5e-4));
        assertThat(doc.at("/params/victory").asText()).isEqualTo("linear");
        assertThat(doc.at("/trace/27/distinct_positions/0/probability").asDouble()).isPositive();
        assertThat(doc.at("/convergence/issues/Policy_Position/status").asText()).isEqualTo("SETTLED");
        assertThat(doc.at("/convergence/issues/Policy_Position/rounds").asInt()).isEqualTo(27);
        assertThat(doc.at("/trace/0/challenges")).isNotEmpty();
        assertThat(doc.at("/trace/0/moves/XJ/adopted").asText()).isNotEmpty();
        assertThat(doc.at("/trace/27/actor_probabilities/MOF").asDouble()).isCloseTo(0.2330,
                org.assertj.core.api.Assertions.within(1e-3));
    }

    @Test
    void set_selects_and_records_parameters() throws IOException {
        assertThat(parley("forecast", "data/ktab/dummyData_3Dim.csv", "--model", "smp", "--json", "--set",
                "victory=square", "--set", "pce=markov-incentive", "--set", "bigR=full", "--rounds", "5")).isZero();
        JsonNode doc = ResultJson.mapper().readTree(out.toString());
        assertThat(doc.at("/params/victory").asText()).isEqualTo("square");
        assertThat(doc.at("/params/pce").asText()).isEqualTo("markov-incentive");
        assertThat(doc.at("/params/bigR").asText()).isEqualTo("full");
        assertThat(doc.at("/params/rounds").asInt()).isEqualTo(5);
        assertThat(doc.get("rounds").size()).isLessThanOrEqualTo(6);
    }

    @Test
    void same_input_same_bytes() {
        parley("forecast", "data/ktab/dummyData_6Dim.csv", "--model", "smp", "--json");
        String first = out.toString();
        out.getBuffer().setLength(0);
        parley("forecast", "data/ktab/dummyData_6Dim.csv", "--model", "smp", "--json");
        assertThat(out.toString()).isEqualTo(first);
    }

    @Test
    void ktab_xml_runs_and_the_broken_shipped_example_exits_2() {
        assertThat(parley("forecast", "data/ktab/dummyData_3Dim.xml", "--model", "smp", "--explain")).isZero();
        assertThat(out.toString()).contains("11 states");
        assertThat(err.toString().lines()).containsOnlyOnce("warning: data/ktab/dummyData_3Dim.xml: no "
                + "<IdealAdjustment>; every ideal follows its own position (identity), as in KTAB CSV");
        assertThat(parley("forecast", "data/ktab/smpExample.xml", "--model", "smp")).isEqualTo(2);
        assertThat(err.toString()).contains("smpExample.xml: Actors/Actor[1]/Position/dCoord[1]");
    }

    @Test
    void smp_and_all_give_the_same_smp_json_with_the_xml_files_seed_and_both_runs_are_recorded(@TempDir Path dir)
            throws IOException {
        String db = dir.resolve("runs.db").toString();
        assertThat(parley("forecast", "data/ktab/dummyData_3Dim.xml", "--model", "smp", "--json", "--db", db))
                .isZero();
        JsonNode alone = ResultJson.mapper().readTree(out.toString());
        out.getBuffer().setLength(0);
        assertThat(parley("forecast", "data/ktab/dummyData_3Dim.xml", "--model", "all", "--json", "--db", db))
                .isZero();
        JsonNode all = ResultJson.mapper().readTree(out.toString());
        JsonNode smp = null;
        for (JsonNode m : all.get("models")) {
            smp = m.get("model").asText().equals("smp") ? m : smp;
        }
        assertThat(smp).isEqualTo(alone);
        assertThat(alone.at("/params/seed").asText()).isEqualTo("3707583219545544125");
        assertThat(alone.at("/params/idealAdjust").asText()).isEqualTo("identity");
        assertThat(all.at("/models/2/params/seed").isMissingNode()).as("bdm takes no seed").isTrue();
        out.getBuffer().setLength(0);
        assertThat(parley("runs", "list", "--db", db, "--json")).isZero();
        JsonNode runs = ResultJson.mapper().readTree(out.toString());
        assertThat(runs).hasSize(2);
        for (JsonNode run : runs) {
            assertThat(run.get("command").asText()).isEqualTo("forecast");
            assertThat(run.get("status").asText()).isEqualTo("ok");
        }
        out.getBuffer().setLength(0);
        assertThat(parley("runs", "show", "1", "--db", db, "--json")).isZero();
        assertThat(ResultJson.mapper().readTree(out.toString()).at("/params/seed").asText())
                .isEqualTo("3707583219545544125");
    }

    @Test
    void the_bdm_table_flags_reach_smp_as_every_model() throws IOException {
        assertThat(parley("forecast", "data/bdm/emission-1994.csv", "--model", "smp", "--json", "--no-store",
                "--bdm-issue", "DATE", "--bdm-scale", "0:20")).isZero();
        JsonNode doc = ResultJson.mapper().readTree(out.toString());
        assertThat(doc.get("issues").get(0).asText()).isEqualTo("DATE");
        assertThat(doc.at("/rounds/0/positions/Netherlands/DATE").asDouble()).isEqualTo(4.0);
        assertThat(doc.at("/forecast/DATE").asDouble()).isBetween(0.0, 20.0);
    }

    @Test
    void set_overrides_what_the_xml_file_sets() throws IOException {
        assertThat(parley("forecast", "data/ktab/dummyData_3Dim.xml", "--model", "smp", "--json", "--no-store",
                "--set", "seed=7", "--set", "transitions=stochastic")).isZero();
        JsonNode doc = ResultJson.mapper().readTree(out.toString());
        assertThat(doc.at("/params/seed").asText()).isEqualTo("7");
        assertThat(doc.at("/params/transitions").asText()).isEqualTo("stochastic");
    }

    @Test
    void a_bad_parameter_exits_2() {
        assertThat(parley("forecast", "data/ktab/dummyData_3Dim.csv", "--model", "smp", "--set", "voting=loud"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("voting=loud").contains("prop-cbc");
    }

    static Stream<Arguments> badKtabFiles() {
        return Stream.of(
                Arguments.of("wrong count", "x,y,4,1\nActor,Description,Power,P,S\nA,a,1,10,10\nB,b,1,20,10\n"
                        + "C,c,1,30,10\n", "says 4 actors"),
                Arguments.of("salience sum", "x,y,3,2\nActor,Description,Power,P,S,Q,T\nA,a,1,10,60,20,50\n"
                        + "B,b,1,20,10,5,5\nC,c,1,30,10,5,5\n", "sum to 110"),
                Arguments.of("position range", "x,y,3,1\nActor,Description,Power,P,S\nA,a,1,101,10\n"
                        + "B,b,1,20,10\nC,c,1,30,10\n", "outside 0 to 100"),
                Arguments.of("too few actors", "x,y,2,1\nActor,Description,Power,P,S\nA,a,1,10,10\n"
                        + "B,b,1,20,10\n", "KTAB expects 3 to 250"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badKtabFiles")
    void bad_ktab_files_exit_2_with_a_located_message(String what, String content, String message,
                                                      @TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, content);
        assertThat(parley("forecast", f.toString(), "--model", "smp")).as(what).isEqualTo(2);
        assertThat(err.toString()).as(what).contains("bad.csv:").contains(message);
    }

    @Test
    void analyze_shows_smp_beside_the_other_models() {
        assertThat(parley("analyze", "examples/ukraine-2022-grand-bargain.yaml")).isZero();
        assertThat(out.toString()).contains("smp").contains("TERR");
    }

    @Test
    void smp_is_left_out_of_analyze_and_all_with_a_note_when_an_actor_has_capability_zero(@TempDir Path dir)
            throws IOException {
        Path zero = Files.writeString(dir.resolve("zero.yaml"), String.join("\n", "name: zero capability",
                "issues:", "  - id: X", "    scale: {min: 0, max: 100}", "actors:",
                "  - {id: A, capability: 10, stances: {X: {position: 0, salience: 50}}}",
                "  - {id: B, capability: 0, stances: {X: {position: 100, salience: 50}}}",
                "  - {id: C, capability: 20, stances: {X: {position: 60, salience: 80}}}", ""));
        String note = "parley: note: smp left out: it does not apply to this scenario: actors[1].capability: actor "
                + "'B' has capability 0; SMP needs capability > 0 (a voting weight)";
        Cli.Run analyze = Cli.run("analyze", zero.toString(), "--no-store", "--json");
        assertThat(analyze.code()).as(analyze.err()).isZero();
        assertThat(analyze.err()).contains(note);
        assertThat(analyze.json().get("forecasts").findValuesAsText("model"))
                .containsExactly("compromise", "median", "bdm", "exchange");
        Cli.Run all = Cli.run("forecast", zero.toString(), "--model", "all", "--no-store");
        assertThat(all.code()).as(all.err()).isZero();
        assertThat(all.err()).contains(note);
        assertThat(all.out()).contains("Forecast by bdm").doesNotContain("Forecast by smp");
        Cli.Run smp = Cli.run("forecast", zero.toString(), "--model", "smp", "--no-store");
        assertThat(smp.code()).isEqualTo(Parley.BAD_INPUT);
        assertThat(smp.err()).contains("parley: actors[1].capability: actor 'B' has capability 0; SMP needs "
                + "capability > 0");
    }

    @Test
    void bdm_is_left_out_of_analyze_with_a_note_when_an_issue_has_one_actor_and_refused_by_name() {
        String file = "examples/phasing-two-party.yaml"; // HA and HB: one actor each (the parties' hostages)
        Cli.Run analyze = Cli.run("analyze", file, "--no-store", "--json");
        assertThat(analyze.code()).as(analyze.err()).isZero();
        assertThat(analyze.err()).contains("parley: note: bdm left out: it does not apply to this scenario: "
                + "issues[2]: issue 'HA': only actor 'A' takes a stance; the BDM model needs at least two; "
                + "issues[3]: issue 'HB': only actor 'B' takes a stance");
        assertThat(analyze.json().get("forecasts").findValuesAsText("model")).doesNotContain("bdm")
                .contains("compromise", "median");
        Cli.Run bdm = Cli.run("forecast", file, "--model", "bdm", "--no-store");
        assertThat(bdm.code()).isEqualTo(Parley.BAD_INPUT);
        assertThat(bdm.err()).contains("parley: issues[2]: issue 'HA': only actor 'A' takes a stance");
    }
}
