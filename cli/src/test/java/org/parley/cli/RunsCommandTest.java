package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recording runs from the command line, and {@code parley runs list|show|diff|rerun}. */
class RunsCommandTest {

    static final String FLAGSHIP = "examples/ukraine-2022-grand-bargain.yaml";
    static final String RUS_US_EXIT = "        position: 90\n        salience: 75\n        basis: judgement\n"
            + "        note: \"Dec-2021 draft treaties";

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("runs.db").toString();
    }

    /** The flagship with Russia's salience on US_EXIT set to {@code salience}. */
    static Path flagshipWithRussiaSalience(Path dir, int salience) throws Exception {
        String text = Files.readString(Path.of(FLAGSHIP));
        assertThat(text).contains(RUS_US_EXIT);
        Path out = dir.resolve("flagship-rus-" + salience + ".yaml");
        Files.writeString(out, text.replace(RUS_US_EXIT, RUS_US_EXIT.replace("salience: 75", "salience: " + salience)));
        return out;
    }

    @Test
    void every_analysis_command_records_its_run_and_no_store_records_nothing() {
        assertThat(Cli.run("analyze", FLAGSHIP, "--db", db()).code()).isZero();
        Cli.Run forecast = Cli.run("forecast", FLAGSHIP, "--model", "median", "--db", db());
        assertThat(forecast.code()).as(forecast.err() + "|" + forecast.out()).isZero();
        assertThat(Cli.run("show", FLAGSHIP, "--db", db()).code()).isZero();
        assertThat(Cli.run("show", FLAGSHIP, "--db", db(), "--no-store").code()).isZero();
        assertThat(Cli.run("deals", "data/geniusweb/jobs", "--db", db()).code()).isZero();
        assertThat(Cli.run("deals", FLAGSHIP, "--grid", "5", "--db", db(), "--no-store").code()).isZero();
        Cli.Run list = Cli.run("runs", "list", "--db", db(), "--json");
        assertThat(list.code()).isZero();
        JsonNode runs = list.json();
        assertThat(runs).hasSize(4);
        assertThat(runs.get(0).get("command").asText()).isEqualTo("deals");
        assertThat(runs.get(0).get("scenario_file").asText()).isEqualTo("data/geniusweb/jobs");
        assertThat(runs.get(1).get("command").asText()).isEqualTo("show");
        assertThat(runs.get(3).get("command").asText()).isEqualTo("analyze");
        assertThat(runs.get(3).get("scenario_name").asText()).startsWith("Ukraine 2022");
        assertThat(runs.get(2).get("args")).extracting(JsonNode::asText)
                .containsExactly("forecast", FLAGSHIP, "--model", "median");
        assertThat(Cli.run("runs", "list", "--db", db()).out()).contains("analyze", "show", "ok")
                .contains("parley forecast " + FLAGSHIP + " --model median");
    }

    @Test
    void runs_show_gives_inputs_timing_and_the_stored_result() {
        Cli.Run analyze = Cli.run("forecast", FLAGSHIP, "--model", "bdm", "--rounds", "5", "--json", "--db", db());
        assertThat(analyze.code()).isZero();
        Cli.Run show = Cli.run("runs", "show", "1", "--db", db(), "--json");
        JsonNode run = show.json();
        assertThat(run.get("command").asText()).isEqualTo("forecast");
        assertThat(run.get("args").toString()).isEqualTo("[\"forecast\",\"" + FLAGSHIP
                + "\",\"--model\",\"bdm\",\"--rounds\",\"5\",\"--json\"]");
        assertThat(run.get("params").get("rounds").asInt()).isEqualTo(5);
        assertThat(run.get("scenario_hash").asText()).hasSize(64);
        assertThat(run.get("status").asText()).isEqualTo("ok");
        assertThat(run.get("parley_version").asText()).isNotBlank();
        assertThat(run.get("result")).isEqualTo(analyze.json());
        assertThat(Cli.run("runs", "show", "1", "--db", db(), "--result").out()).isEqualTo(analyze.out());
        assertThat(Cli.run("runs", "show", "1", "--db", db(), "--scenario").out()).startsWith("parley: 1\n");
        assertThat(Cli.run("runs", "show", "1", "--db", db()).out()).contains("forecast.bdm.TERR", "rounds=5");
        Cli.Run missing = Cli.run("runs", "show", "9", "--db", db());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no run 9");
    }

    @Test
    void a_run_that_fails_after_reading_its_scenario_is_recorded_as_failed() {
        Cli.Run r = Cli.run("forecast", FLAGSHIP, "--model", "bdm", "--set", "nonsense=1", "--db", db());
        assertThat(r.code()).isEqualTo(2);
        JsonNode run = Cli.run("runs", "show", "1", "--db", db(), "--json").json();
        assertThat(run.get("status").asText()).isEqualTo("failed");
        assertThat(run.get("message").asText()).contains("nonsense");
        assertThat(run.has("result")).isFalse();
    }

    @Test
    void diff_of_two_flagship_runs_names_russias_salience_and_the_change_in_acceptance() throws Exception {
        assertThat(Cli.run("analyze", flagshipWithRussiaSalience(dir, 75).toString(), "--db", db()).code()).isZero();
        assertThat(Cli.run("analyze", flagshipWithRussiaSalience(dir, 40).toString(), "--db", db()).code()).isZero();
        Cli.Run diff = Cli.run("runs", "diff", "1", "2", "--db", db());
        assertThat(diff.code()).isZero();
        assertThat(diff.out()).contains("actors.RUS.stances.US_EXIT.salience: 75 -> 40")
                .contains("packages.grand-bargain.margin.RUS: ")
                .contains("packages.partition.margin.RUS: ")
                .contains("packages.ceasefire.margin.RUS: ")
                .contains("forecast.compromise.US_EXIT: ");
        // the headlines of the stored run say what its analysis document holds
        JsonNode stored = Cli.run("runs", "show", "2", "--db", db(), "--result", "--json").json();
        double partition = java.util.stream.StreamSupport.stream(stored.at("/uncertainty/packages").spliterator(),
                false).filter(p -> p.get("id").asText().equals("partition")).findFirst().orElseThrow()
                .get("all_accept").asDouble();
        assertThat(Cli.run("runs", "show", "2", "--db", db()).out())
                .contains("forecast.bdm.ETHNIC.settled: no (drifting, 40.68 to 90)")
                .contains("uncertainty.partition.all_veto_accept: " + org.parley.core.text.Decimals.fixed(partition,
                        2))
                .contains("phasing.grand-bargain: no schedule exists")
                .contains("phasing.grand-bargain.repaired: self enforcing");
        JsonNode json = Cli.run("runs", "diff", "1", "2", "--db", db(), "--json").json();
        assertThat(json.get("inputs")).anySatisfy(c -> assertThat(c.get("path").asText())
                .isEqualTo("actors.RUS.stances.US_EXIT.salience"));
        assertThat(json.get("inputs")).noneSatisfy(c -> assertThat(c.get("path").asText()).startsWith("actors.UKR"));
    }

    @Test
    void rerun_repeats_the_stored_scenario_even_after_the_file_changed() throws Exception {
        Path file = dir.resolve("toy.yaml");
        Files.copy(Path.of("examples/toy-water-dispute.yaml"), file);
        assertThat(Cli.run("analyze", file.toString(), "--db", db()).code()).isZero();
        Files.writeString(file, "not a scenario any more");
        Cli.Run rerun = Cli.run("runs", "rerun", "1", "--db", db());
        assertThat(rerun.code()).as(rerun.err()).isZero();
        assertThat(rerun.err()).contains("rerun of run 1 recorded as run 2; same inputs and headline results");
        assertThat(rerun.out()).contains("Forecasts per issue");
        JsonNode again = Cli.run("runs", "show", "2", "--db", db(), "--json").json();
        assertThat(again.get("scenario_file").asText()).isEqualTo(file.toString());
        assertThat(again.get("args").get(1).asText()).isEqualTo(file.toString());
        assertThat(Cli.run("runs", "rerun", "1", "--db", db(), "--from-file").code()).isEqualTo(2);
    }

    @Test
    void a_foreign_or_damaged_database_stops_the_command_with_a_clear_message_and_stays_untouched() throws Exception {
        Path junk = dir.resolve("junk.db");
        byte[] bytes = new byte[4096];
        new Random(1).nextBytes(bytes);
        Files.write(junk, bytes);
        FileTime mtime = Files.getLastModifiedTime(junk);
        Cli.Run r = Cli.run("analyze", FLAGSHIP, "--db", junk.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is not a SQLite database").contains("left untouched").contains("--no-store")
                .doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
        assertThat(Files.readAllBytes(junk)).isEqualTo(bytes);
        assertThat(Files.getLastModifiedTime(junk)).isEqualTo(mtime);
        assertThat(Cli.run("runs", "list", "--db", junk.toString()).code()).isEqualTo(2);
        assertThat(Cli.run("analyze", FLAGSHIP, "--db", junk.toString(), "--no-store").code()).isZero();
    }
}
