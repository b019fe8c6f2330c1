package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.uncertainty.Advice;
import org.parley.core.uncertainty.Sensitivity;
import org.parley.core.uncertainty.Sweep;
import org.parley.io.json.ResultJson;

/** parley sweep, sensitivity and advise on the flagship: determinism, exactness, JSON, and bad input. */
class UncertaintyCommandsTest {

    private static final String FLAGSHIP = "examples/ukraine-2022-grand-bargain.yaml";

    @Test
    void the_same_seed_gives_byte_identical_json_on_one_and_two_threads_and_another_seed_differs() {
        Cli.Run one = Cli.run("sweep", FLAGSHIP, "--draws", "400", "--seed", "7", "--threads", "1", "--json",
                "--with-draws", "--no-store");
        Cli.Run two = Cli.run("sweep", FLAGSHIP, "--draws", "400", "--seed", "7", "--threads", "2", "--json",
                "--with-draws", "--no-store");
        assertThat(one.code()).isZero();
        assertThat(two.out()).isEqualTo(one.out());
        Cli.Run other = Cli.run("sweep", FLAGSHIP, "--draws", "400", "--seed", "8", "--threads", "2", "--json",
                "--no-store");
        assertThat(other.json().get("forecasts")).isNotEqualTo(one.json().get("forecasts"));
        JsonNode sweep = one.json();
        assertThat(sweep.get("draws").asInt()).isEqualTo(400);
        assertThat(sweep.get("packages")).hasSize(3);
        assertThat(sweep.get("table").get("rows")).hasSize(400);
        assertThat(sweep.get("zone").get("non_empty").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void collapsed_to_points_the_sweep_gives_the_forecast_and_the_package_verdicts_exactly() {
        Cli.Run r = Cli.run("sweep", FLAGSHIP, "--draws", "50", "--spread", "0", "--json", "--no-store",
                "--vary", "catastrophes.ZNPP_RELEASE.hazard=uniform(0.01,0.01)",
                "--vary", "catastrophes.ESCALATION.hazard=uniform(0.02,0.02)",
                "--vary", "actors.RUS.stances.US_EXIT.salience=discrete(75)");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode sweep = r.json();
        JsonNode forecast = Cli.run("forecast", FLAGSHIP, "--json", "--no-store").json().get("forecast");
        for (JsonNode f : sweep.get("forecasts")) {
            double exact = forecast.get(f.get("issue").asText()).asDouble();
            for (String key : List.of("central", "mean", "median")) {
                assertThat(f.get(key).asDouble()).as(f.get("issue") + " " + key).isEqualTo(exact);
            }
            assertThat(f.get("p95").get("low").asDouble()).isEqualTo(exact);
            assertThat(f.get("p95").get("high").asDouble()).isEqualTo(exact);
        }
        JsonNode shown = Cli.run("show", FLAGSHIP, "--json").json();
        assertThat(shown.toString()).contains("\"blocked_by\":[\"UKR\"]");
        for (JsonNode p : sweep.get("packages")) {
            assertThat(p.get("all_accept").asDouble()).isZero();
            assertThat(p.get("central_accepted").asBoolean()).isFalse();
        }
        assertThat(sweep.get("packages").get(2).get("accepts").get("UKR").asDouble()).isZero();
        assertThat(sweep.get("packages").get(2).get("accepts").get("RUS").asDouble()).isEqualTo(1.0);
    }

    @Test
    void bad_distributions_and_draw_counts_are_refused_with_exit_code_2_and_what_was_expected() {
        Cli.Run lowHigh = Cli.run("sweep", FLAGSHIP, "--no-store", "--vary",
                "actors.UKR.no_deal.conflict_value=uniform(50,40)");
        assertThat(lowHigh.code()).isEqualTo(2);
        assertThat(lowHigh.err()).isEqualTo("parley: --vary.high actors.UKR.no_deal.conflict_value=uniform(50,40): "
                + "low 50 is above high 40; expected low <= high\n");
        Cli.Run outside = Cli.run("sweep", FLAGSHIP, "--no-store", "--vary",
                "actors.RUS.stances.US_EXIT.salience=triangular(60,75,120)");
        assertThat(outside.code()).isEqualTo(2);
        assertThat(outside.err()).contains("120 is outside the valid range of actors.RUS.stances.US_EXIT.salience; "
                + "expected 0 to 100");
        Cli.Run unknown = Cli.run("sweep", FLAGSHIP, "--no-store", "--vary", "actors.RUSS.capability=uniform(1,2)");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown input 'actors.RUSS.capability': no such actor");
        Cli.Run reservation = Cli.run("sweep", FLAGSHIP, "--no-store", "--vary", "actors.UKR.reservation=uniform(1,2)");
        assertThat(reservation.err()).contains("actor 'UKR' has a no_deal model, which computes its reservation");
        Cli.Run zero = Cli.run("sweep", FLAGSHIP, "--no-store", "--draws", "0");
        assertThat(zero.code()).isEqualTo(2);
        assertThat(zero.err()).isEqualTo("parley: --draws 0: expected 1 to 100000\n");
        Cli.Run many = Cli.run("sweep", FLAGSHIP, "--no-store", "--draws", "200000");
        assertThat(many.code()).isEqualTo(2);
        assertThat(many.err()).isEqualTo("parley: --draws 200000: expected 1 to 100000 (raise the limit with "
                + "--max-draws)\n");
        Cli.Run shape = Cli.run("sweep", FLAGSHIP, "--no-store", "--vary", "catastrophes.ESCALATION.hazard=beta(1,2)");
        assertThat(shape.err()).startsWith("parley: --vary catastrophes.ESCALATION.hazard=beta(1,2): 'beta(1,2)' is "
                + "not a distribution");
        for (String bad : new String[] {"NaN", "Infinity", "50d", "0x1p3"}) {
            Cli.Run number = Cli.run("sweep", FLAGSHIP, "--no-store", "--vary",
                    "actors.RUS.stances.US_EXIT.salience=uniform(60," + bad + ")");
            assertThat(number.code()).as(bad).isEqualTo(2);
            assertThat(number.err()).as(bad).isEqualTo("parley: --vary actors.RUS.stances.US_EXIT.salience=uniform(60,"
                    + bad + "): '" + bad + "'; expected a finite number\n");
        }
    }

    @Test
    void a_bad_uncertainty_section_is_located_in_the_file(@TempDir Path dir) throws IOException {
        String text = Files.readString(Path.of(FLAGSHIP)).replace("      low: 0.005\n      mode: 0.02\n",
                "      low: 0.05\n      mode: 0.02\n");
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, text);
        Cli.Run r = Cli.run("sweep", file.toString(), "--no-store");
        assertThat(r.code()).isEqualTo(2);
        int line = text.split("\n").length;
        assertThat(r.err()).matches("(?s)" + java.util.regex.Pattern.quote(file.toString()) + ":\\d+: "
                + "uncertainty.inputs\\[1\\].mode: low 0.05 is above mode 0.02; expected low <= mode\\n");
        assertThat(line).isPositive();
    }

    @Test
    void results_round_trip_through_json_into_the_same_records() throws IOException {
        String sweep = Cli.run("sweep", FLAGSHIP, "--draws", "100", "--json", "--with-draws", "--no-store").out();
        assertThat(ResultJson.write(ResultJson.mapper().readValue(sweep, Sweep.class))).isEqualTo(sweep);
        String sens = Cli.run("sensitivity", FLAGSHIP, "--draws", "50", "--top", "2", "--resamples", "20", "--json",
                "--no-store").out();
        Sensitivity s = ResultJson.mapper().readValue(sens, Sensitivity.class);
        assertThat(ResultJson.write(s)).isEqualTo(sens);
        assertThat(s.breakEvens()).isNotEmpty();
        String advice = Cli.run("advise", FLAGSHIP, "--actor", "UKR", "--json", "--no-store").out();
        Advice a = ResultJson.mapper().readValue(advice, Advice.class);
        assertThat(a).isEqualTo(ResultJson.mapper().readValue(advice, Advice.class));
        assertThat(ResultJson.write(a)).isEqualTo(advice);
        assertThat(a.levers()).isNotEmpty();
    }

    @Test
    void a_spread_over_a_scenario_of_sourced_numbers_says_why_nothing_varies_and_vary_moves_them() {
        Cli.Run spread = Cli.run("sweep", "examples/emission-1994.yaml", "--model", "bdm", "--draws", "20",
                "--spread", "0.1", "--no-store");
        assertThat(spread.code()).isZero();
        assertThat(spread.out()).contains("0 inputs vary").contains("Note: nothing varies: the spread leaves numbers "
                + "marked 'basis: sourced' fixed").doesNotContain("no spread was given");
        Cli.Run vary = Cli.run("sweep", "examples/emission-1994.yaml", "--model", "bdm", "--draws", "20",
                "--vary", "actors.Germany.capability=uniform(0.1,0.2)", "--no-store");
        assertThat(vary.out()).contains("1 input varies (1 with its own distribution").doesNotContain("nothing varies");
    }

    @Test
    void sensitivity_names_the_escalation_hazard_at_which_ukraine_accepts_partition() {
        Cli.Run r = Cli.run("sensitivity", FLAGSHIP, "--draws", "100", "--top", "3", "--resamples", "20",
                "--no-store");
        assertThat(r.code()).isZero();
        assertThat(r.out()).containsPattern("catastrophes.ESCALATION.hazard: partition flips from blocked to accepted "
                + "at 0\\.035\\d* above \\(central 0\\.02, decided by UKR\\); root finding");
        assertThat(r.out()).contains("Tornado").contains("Global measures over 100 draws");
    }

    @Test
    void advise_ranks_levers_and_refuses_an_unknown_actor() {
        Cli.Run r = Cli.run("advise", FLAGSHIP, "--actor", "UKR", "--no-store");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Levers for UKR under compromise").contains("closed form");
        Cli.Run bdm = Cli.run("advise", FLAGSHIP, "--actor", "RUS", "--model", "bdm", "--no-store");
        assertThat(bdm.out()).contains("simulation");
        Cli.Run bad = Cli.run("advise", FLAGSHIP, "--actor", "XX", "--no-store");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).startsWith("parley: --actor XX: no such actor; expected one of [USA, RUS, UKR");
    }

    @Test
    void the_digest_gives_the_flagship_intervals_acceptance_chances_and_three_judgements() {
        org.parley.core.scenario.Scenario s = org.parley.io.ScenarioFiles.read(Path.of(FLAGSHIP),
                org.parley.io.Limits.defaults());
        org.parley.core.uncertainty.UncertaintyDigest d = org.parley.core.uncertainty.UncertaintyDigest.of(s,
                "compromise", 2000, 1, 3, org.parley.core.exec.BatchRunner.sequential());
        assertThat(d.forecasts()).hasSize(6);
        assertThat(d.packages()).extracting(Sweep.PackageChance::id)
                .containsExactly("ceasefire", "grand-bargain", "partition");
        assertThat(d.judgements()).hasSize(3);
        assertThat(d.judgements()).allSatisfy(j -> assertThat(j.breakEvens()).as(j.input()).isNotEmpty());
        assertThat(d.judgements().get(0).input()).isEqualTo("catastrophes.ESCALATION.hazard");
        for (Sweep.IssueSpread f : d.forecasts()) {
            assertThat(f.p80().low()).isLessThanOrEqualTo(f.median());
            assertThat(f.p80().high()).isGreaterThanOrEqualTo(f.median());
            assertThat(f.p95().width()).isGreaterThanOrEqualTo(f.p80().width());
        }
    }

    @Test
    void every_flagship_break_even_flips_the_package_review_when_applied_and_not_one_step_before() {
        org.parley.core.scenario.Scenario s = org.parley.io.ScenarioFiles.read(Path.of(FLAGSHIP),
                org.parley.io.Limits.defaults());
        Sensitivity sens = org.parley.core.uncertainty.SensitivityAnalysis.run(s, s.uncertainty(),
                org.parley.core.uncertainty.SensitivityOptions.defaults("compromise"),
                org.parley.core.exec.BatchRunner.sequential(), n -> { }, false);
        assertThat(sens.breakEvens()).hasSizeGreaterThan(20);
        org.parley.core.scenario.ScenarioInputs in = org.parley.core.scenario.ScenarioInputs.of(s);
        for (Sensitivity.BreakEven be : sens.breakEvens()) {
            for (Double at : new Double[] {be.below(), be.above()}) {
                if (at == null) {
                    continue;
                }
                double before = at > be.central() ? Math.nextDown(at) : Math.nextUp(at);
                assertThat(passes(in, be, at)).as("at " + be).isNotEqualTo(be.centralAccepted());
                assertThat(passes(in, be, before)).as("just before " + be).isEqualTo(be.centralAccepted());
                assertThat(passes(in, be, (be.central() + at) / 2)).as("half way to " + be)
                        .isEqualTo(be.centralAccepted());
            }
        }
    }

    /** Whether every veto party accepts the package, by PackageReview, with the input set to {@code value}. */
    private static boolean passes(org.parley.core.scenario.ScenarioInputs in, Sensitivity.BreakEven be, double value) {
        double[] x = in.central();
        x[in.find(be.input()).orElseThrow()] = value;
        var verdict = org.parley.core.deals.PackageReview.of(in.apply(x)).verdict(be.packageId());
        return verdict.blockedBy().isEmpty();
    }

    @Test
    void csv_holds_every_draw(@TempDir Path dir) throws IOException {
        Cli.Run r = Cli.run("sweep", FLAGSHIP, "--draws", "120", "--csv", dir.toString(), "--no-store");
        assertThat(r.code()).isZero();
        List<String> lines = Files.readAllLines(dir.resolve("draws.csv"));
        assertThat(lines).hasSize(121);
        assertThat(lines.get(0)).startsWith("draw,catastrophes.ZNPP_RELEASE.hazard,catastrophes.ESCALATION.hazard")
                .contains("forecast TERR").endsWith("zone slack");
        assertThat(Files.readAllLines(dir.resolve("forecasts.csv"))).hasSize(7);
    }
}
