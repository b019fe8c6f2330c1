package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForecastCommandTest {

    @Test
    void the_emission_case_gives_the_published_mean_and_median() {
        for (String file : new String[] {"examples/emission-1994.yaml", "data/bdm/emission-1994.csv"}) {
            JsonNode mean = Cli.run("forecast", file, "--model", "compromise", "--json").json();
            JsonNode median = Cli.run("forecast", file, "--model", "median", "--json").json();
            String issue = mean.get("issues").get(0).asText();
            assertThat(mean.get("forecast").get(issue).asDouble()).as(file).isCloseTo(7.39, within(0.005));
            assertThat(median.get("forecast").get(issue).asDouble()).as(file).isEqualTo(7.0);
            assertThat(mean.get("model").asText()).isEqualTo("compromise");
            assertThat(median.get("headline").asText()).isEqualTo("weighted_median");
        }
    }

    @Test
    void the_json_follows_the_forecast_contract() {
        JsonNode f = Cli.run("forecast", "examples/ukraine-2022-grand-bargain.yaml", "--json").json();
        assertThat(f.has("model")).isTrue();
        assertThat(f.get("issues")).hasSize(6);
        JsonNode round0 = f.get("rounds").get(0);
        assertThat(round0.get("round").asInt()).isZero();
        assertThat(round0.get("positions").get("RUS").get("TERR").asDouble()).isEqualTo(0.0);
        assertThat(f.get("forecast").get("TERR").isNumber()).isTrue();
        assertThat(f.get("params").isObject()).isTrue();
    }

    @Test
    void all_runs_every_model_and_explain_shows_weight_shares() {
        Cli.Run r = Cli.run("forecast", "examples/emission-1994.yaml", "--model", "all", "--explain");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Forecast by compromise").contains("Forecast by median")
                .contains("Weight shares").containsPattern("UK +\\d+\\.\\d%")
                .contains("The weighted median is, on each issue, the first position")
                .contains("Round 1: weighted median 8.4159");
        assertThat(r.out().split("Weight shares", -1)).as("the weight-share table once, for compromise").hasSize(2);
        JsonNode all = Cli.run("forecast", "examples/emission-1994.yaml", "--model", "all", "--json").json();
        java.util.List<String> names = new java.util.ArrayList<>();
        all.get("models").forEach(m -> names.add(m.get("model").asText()));
        assertThat(names).isEqualTo(org.parley.core.forecast.ForecastModels.names());
    }

    @Test
    void bdm_on_the_flagship_gives_ethnic_as_a_range_with_a_warning_and_flags_it_in_json() {
        Cli.Run r = Cli.run("forecast", "examples/ukraine-2022-grand-bargain.yaml", "--model", "bdm", "--no-store");
        assertThat(r.code()).isZero();
        assertThat(r.out()).containsPattern("ETHNIC +40\\.68 to 90\\.00 +49\\.21 +40\\.68 +from between 0 = ")
                .containsPattern("TERR +70\\.00 +63\\.49")
                .contains("warning: bdm did not settle on ETHNIC (still moving after 10 rounds, 40.68 to 90 over the "
                        + "last rounds) and ZNPP (still moving after 10 rounds, 76.25 to 80 over the last rounds); "
                        + "these forecasts are ranges, not points.\n");
        JsonNode json = Cli.run("forecast", "examples/ukraine-2022-grand-bargain.yaml", "--model", "bdm", "--json",
                "--no-store").json();
        JsonNode ethnic = json.at("/convergence/issues/ETHNIC");
        assertThat(ethnic.get("status").asText()).isEqualTo("DRIFTING");
        assertThat(ethnic.get("rounds").asInt()).isEqualTo(10);
        assertThat(ethnic.get("low").asDouble()).isCloseTo(40.68, within(0.005));
        assertThat(ethnic.get("high").asDouble()).isEqualTo(90.0);
        assertThat(ethnic.has("settled_round")).isFalse();
        assertThat(json.at("/convergence/issues/TERR/status").asText()).isEqualTo("SETTLED");
        assertThat(json.at("/convergence/issues/TERR/settled_round").asInt()).isZero();
        JsonNode cycle = Cli.run("forecast", "examples/ukraine-2022-grand-bargain.yaml", "--model", "bdm", "--json",
                "--no-store", "--rounds", "60").json().at("/convergence/issues/ETHNIC");
        assertThat(cycle.get("status").asText()).isEqualTo("CYCLING");
        assertThat(cycle.get("period").asInt()).isEqualTo(2);
        assertThat(cycle.get("high").asDouble()).isCloseTo(53.40, within(0.005));
    }

    @Test
    void all_models_take_rounds_where_they_run_in_rounds_and_say_which_ignore_it() {
        Cli.Run r = Cli.run("forecast", "examples/emission-1994.yaml", "--model", "all", "--rounds", "5", "--json",
                "--no-store");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEqualTo("parley: note: --rounds 5 applies to bdm, exchange and smp; compromise and "
                + "median run in one pass and ignore it\n");
        for (JsonNode m : r.json().get("models")) {
            boolean rounds = List.of("bdm", "exchange", "smp").contains(m.get("model").asText());
            assertThat(m.at("/params/rounds").isMissingNode()).as(m.get("model").asText()).isEqualTo(!rounds);
        }
        Cli.Run q = Cli.run("forecast", "examples/emission-1994.yaml", "--model", "all", "--set", "q=0.5",
                "--no-store");
        assertThat(q.code()).isZero();
        assertThat(q.err()).contains("--set q=0.5 applies to bdm; compromise, median, exchange and smp do not read it");
        assertThat(q.out()).contains("q=0.5");
        Cli.Run none = Cli.run("forecast", "examples/emission-1994.yaml", "--model", "all", "--set", "speed=2",
                "--no-store");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).startsWith("parley: --set speed=2: no model reads 'speed' (did you mean 'seed'?); "
                + "expected one of [bargain, ");
        assertThat(none.out()).isEmpty();
        Cli.Run one = Cli.run("forecast", "examples/emission-1994.yaml", "--model", "compromise", "--rounds", "5",
                "--no-store");
        assertThat(one.code()).as("a model named alone still refuses what it does not take").isEqualTo(2);
        assertThat(one.err()).contains("unknown parameter 'rounds' for compromise");
    }

    @Test
    void an_unknown_model_or_parameter_is_a_usage_error() {
        Cli.Run r = Cli.run("forecast", "examples/emission-1994.yaml", "--model", "oracle");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("parley: unknown model 'oracle'; expected one of [compromise, median");
        Cli.Run p = Cli.run("forecast", "examples/emission-1994.yaml", "--set", "q=2");
        assertThat(p.code()).isEqualTo(2);
        assertThat(p.err()).isEqualTo("parley: unknown parameter 'q' for compromise; expected one of []\n");
        assertThat(p.out()).isEmpty();
    }

    @Test
    void bdm_explains_every_move_and_puts_its_trace_in_the_json() {
        Cli.Run r = Cli.run("forecast", "examples/emission-1994.yaml", "--model", "bdm", "--explain");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Forecast by bdm").contains("variant=scholz-reference")
                .contains("Round 1: weighted median 8.4159, weighted mean 7.4613")
                .contains("Belgium 7 -> 8.4159: compromise with France");
        JsonNode json = Cli.run("forecast", "examples/emission-1994.yaml", "--model", "bdm", "--json").json();
        assertThat(json.get("model").asText()).isEqualTo("bdm");
        assertThat(json.get("rounds")).hasSize(11);
        assertThat(json.get("rounds").get(1).get("positions").get("Belgium").get("DELAY").asDouble())
                .isCloseTo(8.4159, within(1e-4));
        assertThat(json.get("trace").get(0).get("rounds").get(0).get("actors")).hasSize(10);
        assertThat(json.get("params").get("variant").asText()).isEqualTo("scholz-reference");
    }

    @Test
    void exchange_on_the_decide_sample_explains_each_realised_exchange() {
        Cli.Run r = Cli.run("forecast", "data/exchange/sample_data.txt", "--model", "exchange", "--explain");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Forecast by exchange (headline: weighted mean)")
                .contains("240 candidate exchanges")
                .contains("1. Willems moves on extra-investering 25 -> 100 (outcome +13.1579); in return Wcentr "
                        + "moves on tolheffing-binnenstad 0 -> 61.0512 (outcome +10.3878); gain 1.9737 each")
                .contains("2. Wcentr moves on kleine-of-grote-ring 100 -> 25");
        JsonNode json = Cli.run("forecast", "data/exchange/sample_data.txt", "--model", "exchange", "--rounds", "2",
                "--json").json();
        assertThat(json.get("model").asText()).isEqualTo("exchange");
        assertThat(json.get("rounds")).hasSize(3);
        JsonNode first = json.get("trace").get(0).get("exchanges").get(0);
        assertThat(first.get("gain").asDouble()).isCloseTo(1.97368421, within(1e-8));
        assertThat(first.get("i").get("actor").asText()).isEqualTo("Willems");
        assertThat(json.get("trace").get(0).get("candidates").asInt()).isEqualTo(240);
        assertThat(json.get("params").get("rounds").asInt()).isEqualTo(2);
    }

    @Test
    void exchange_runs_on_the_flagship_and_refuses_unknown_parameters() {
        Cli.Run r = Cli.run("forecast", "examples/ukraine-2022-grand-bargain.yaml", "--model", "exchange");
        assertThat(r.code()).isZero();
        assertThat(r.out()).containsPattern("TERR +\\d+\\.\\d\\d");
        Cli.Run bad = Cli.run("forecast", "data/exchange/cop21.csv", "--model", "exchange", "--set", "q=1");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown parameter 'q' for exchange");
    }
}
