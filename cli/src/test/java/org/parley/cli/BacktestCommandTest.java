package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacktestCommandTest {

    private static final String DEU = "data/deu/deu3.csv";
    private static final String SAMPLE = "examples/eu-outcomes-sample.csv";

    @TempDir
    Path dir;

    private static JsonNode model(JsonNode result, String part, String model) {
        for (JsonNode board : result.get("scoreboards")) {
            if (board.get("part").asText().equals(part)) {
                for (JsonNode m : board.get("models")) {
                    if (m.get("model").asText().equals(model)) {
                        return m;
                    }
                }
            }
        }
        throw new AssertionError("no " + model + " in " + part);
    }

    @Test
    void the_compromise_model_gives_the_reference_mae_with_each_capability_vector() {
        for (String[] c : new String[][] {{"equal", "23.6808"}, {"gdp", "23.2237"},
            {"data/deu/gdp-capabilities.csv", "23.2237"}}) {
            Cli.Run r = Cli.run("backtest", DEU, "--model", "compromise", "--capabilities", c[0], "--resamples", "100",
                    "--json", "--no-store");
            assertThat(r.code()).as(r.err()).isZero();
            JsonNode m = model(r.json(), "all", "compromise");
            assertThat(m.get("metrics").get("mae").asDouble()).as(c[0]).isCloseTo(Double.parseDouble(c[1]),
                    within(0.00005));
            assertThat(m.get("scored").asInt()).isEqualTo(353);
        }
    }

    @Test
    void every_model_runs_on_all_353_issues_and_bdm_lands_near_the_published_figure() {
        Cli.Run r = Cli.run("backtest", DEU, "--model", "all", "--resamples", "1000", "--json", "--no-store");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode board = r.json().get("scoreboards").get(0);
        assertThat(board.get("issues").asInt()).isEqualTo(353);
        assertThat(board.get("models")).hasSize(5);
        for (JsonNode m : board.get("models")) {
            assertThat(m.get("scored").asInt() + m.get("abstained").asInt()).as(m.get("model").asText())
                    .isEqualTo(353);
            assertThat(m.get("abstained").asInt()).isZero();
        }
        JsonNode bdm = model(r.json(), "all", "bdm");
        // a faithful BDM challenge model is published at 27.9-28.3 on this data (docs/backtest.md)
        assertThat(bdm.get("metrics").get("mae").asDouble()).isBetween(27.9 - 1.5, 28.3 + 1.5);
        JsonNode vs = bdm.get("vs_compromise");
        assertThat(vs.get("proposal_bootstrap").get("lower").asDouble()).isPositive();
        assertThat(vs.get("wins").asInt() + vs.get("losses").asInt() + vs.get("ties").asInt()).isEqualTo(353);
        assertThat(r.json().get("rows")).hasSize(353);
    }

    @Test
    void the_text_view_ranks_the_models_and_says_each_verdict_in_words() {
        Cli.Run r = Cli.run("backtest", DEU, "--model", "compromise,median", "--resamples", "1000", "--no-store");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Backtest on deu3: 353 issues from 137 proposals (11 left out without a "
                + "usable outcome; 253 with a reference point), capabilities equal, bootstrap 1000 resamples, seed 1.")
                .containsPattern("1  compromise +issue +353 +0 +0 +23\\.68 +18\\.51 +30\\.31 +12\\.7% +30\\.9% +53\\.0%")
                .contains("median: MAE 28.36 against the compromise model's 23.68 on the same 353 issues, 4.68 points "
                        + "higher (95% interval over proposals [+");
    }

    @Test
    void the_split_is_written_before_fitting_and_results_do_not_depend_on_threads() throws Exception {
        Path out = dir.resolve("out");
        Cli.Run one = Cli.run("backtest", SAMPLE, "--split", "50/50", "--seed", "5", "--resamples", "300",
                "--threads", "1", "--json", "--no-store", "--out", out.toString());
        Cli.Run two = Cli.run("backtest", SAMPLE, "--split", "50/50", "--seed", "5", "--resamples", "300",
                "--threads", "2", "--json", "--no-store");
        assertThat(one.code()).as(one.err()).isZero();
        assertThat(two.out()).isEqualTo(one.out());
        assertThat(Files.readString(out.resolve("split.csv"))).startsWith("prnr,part\n");
        assertThat(Files.readString(out.resolve("predictions.csv"))).startsWith("isnr,prnr,part,out,rp,n_actors,");
        assertThat(Files.readString(out.resolve("backtest.json"))).isEqualTo(one.out());
        JsonNode fits = one.json().get("fits");
        assertThat(fits).hasSize(2);
        assertThat(fits.get(0).get("model").asText()).isEqualTo("anchored-compromise");
    }

    @Test
    void a_backtest_run_is_recorded_and_can_be_rerun() {
        String db = dir.resolve("runs.db").toString();
        Cli.Run r = Cli.run("backtest", SAMPLE, "--model", "compromise", "--resamples", "50", "--db", db);
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode run = Cli.run("runs", "show", "1", "--db", db, "--json").json();
        assertThat(run.get("command").asText()).isEqualTo("backtest");
        assertThat(run.get("scenario_name").asText()).isEqualTo("eu-outcomes-sample");
        assertThat(Cli.run("runs", "show", "1", "--db", db, "--scenario").out())
                .startsWith("issue,proposal,actor,position,salience,capability,outcome,reference_point\n");
        Cli.Run again = Cli.run("runs", "rerun", "1", "--db", db);
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.err()).contains("same inputs and headline results");
    }

    @Test
    void broken_data_and_bad_flags_exit_2_with_a_located_message() throws Exception {
        Path noOut = dir.resolve("no-out.csv");
        Files.writeString(noOut, "prnr\tisnr\tpcom\tscom\trp\nd1\td1i1\t10\t50\t\n");
        Cli.Run r = Cli.run("backtest", noOut.toString(), "--no-store");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(noOut + ":1: no 'out' column; expected the DEU III header with prnr, isnr, "
                + "p<actor> and s<actor> per actor, rp and out\n");
        Path user = dir.resolve("user.csv");
        Files.writeString(user, "issue,actor,position,salience,outcome\na,x,10,,20\na,y,9o,50,20\n");
        r = Cli.run("backtest", user.toString(), "--no-store");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(user + ":2: salience: actor 'x' has a position on issue 'a' and no salience; "
                + "expected a salience 0 to 100\n" + user + ":3: position: '9o' (field 3); expected a number 0 to 100, "
                + "or blank\n");
        Path caps = dir.resolve("caps.csv");
        Files.writeString(caps, "actor,capability\ncom,1\nnato,2\n");
        r = Cli.run("backtest", SAMPLE, "--capabilities", caps.toString(), "--no-store");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith(caps + ":3: actor: unknown actor 'nato'; expected one of the data set's "
                + "actors [com, ep, at,");
        assertThat(Cli.run("backtest", SAMPLE, "--model", "oracle").err())
                .startsWith("parley: unknown model 'oracle'; expected one of [compromise, median, bdm, exchange, smp, "
                        + "anchored-compromise, bdm-fitted] or all");
        assertThat(Cli.run("backtest", SAMPLE, "--model", "anchored-compromise").err()).isEqualTo("parley: model "
                + "'anchored-compromise' is fitted on train proposals; it needs --split, e.g. --split 50/50 --seed 14\n");
        assertThat(Cli.run("backtest", SAMPLE, "--split", "half").err())
                .isEqualTo("parley: --split half: expected TRAIN/TEST with two positive numbers, e.g. 50/50\n");
        assertThat(Cli.run("backtest", SAMPLE, "--capabilities", "votes").err())
                .isEqualTo("parley: --capabilities votes: no such file, and not one of [equal, data]\n");
        Cli.Run big = Cli.run("backtest", SAMPLE, "--resamples", "2000000");
        assertThat(big.code()).isEqualTo(2);
        assertThat(big.err()).isEqualTo("parley: --resamples 2000000: expected 2 to 1000000 (each resample costs one "
                + "pass over the issues per model)\n");
    }
}
