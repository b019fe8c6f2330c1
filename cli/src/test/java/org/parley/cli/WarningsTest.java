package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Judgements that look like slips (a salience written as a fraction among 0-100 ones, a capability of 0) are
 * warnings, not errors: located, printed once on stderr by every command that reads the scenario, and listed by
 * {@code validate --json}; the command still runs.
 */
class WarningsTest {

    /** Three actors on 0-100 saliences; South's salience on AID (line 17) is written as a fraction. */
    private static final String SCENARIO = String.join("\n",
            "parley: 1",                                // 1
            "name: Warnings",                           // 2
            "issues:",                                  // 3
            "  - {id: TAX, scale: {min: 0, max: 100}}", // 4
            "  - {id: AID, scale: {min: 0, max: 10}}",  // 5
            "actors:",                                  // 6
            "  - id: North",                            // 7
            "    capability: 40",                       // 8
            "    stances:",                             // 9
            "      TAX: {position: 20, salience: 60}",  // 10
            "      AID: {position: 3, salience: 30}",   // 11
            "  - id: South",                            // 12
            "    capability: 35",                       // 13
            "    stances:",                             // 14
            "      TAX: {position: 70, salience: 50}",  // 15
            "      AID:",                               // 16
            "        position: 8",                      // 17
            "        salience: 0.4",                    // 18
            "  - id: East",                             // 19
            "    capability: 25",                       // 20
            "    stances:",                             // 21
            "      TAX: {position: 45, salience: 30}",  // 22
            "      AID: {position: 5, salience: 70}",   // 23
            "");

    private static final String FRACTION = "actors[1].stances.AID.salience: is 0.4 where most saliences of the "
            + "scenario run from 30 to 70 on the 0-100 scale; if 0.4 is a fraction, write 40";

    @TempDir
    Path dir;

    private String file;

    @BeforeEach
    void write() throws Exception {
        file = dir.resolve("w.yaml").toString();
        Files.writeString(Path.of(file), SCENARIO);
    }

    private List<String> warnings(Cli.Run run) {
        return run.err().lines().filter(l -> l.startsWith("warning: ")).toList();
    }

    @Test
    void validateListsTheWarningWithItsLineAndStillCallsTheFileValid() {
        Cli.Run run = Cli.run("validate", file);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(file + ": ok (3 actors, 2 issues, 0 packages; 1 warning)"
                + System.lineSeparator());
        assertThat(warnings(run)).containsExactly("warning: " + file + ":18: " + FRACTION);
    }

    @Test
    void validateJsonCarriesTheWarningsAsRecords() throws Exception {
        Cli.Run run = Cli.run("validate", "--json", file);
        assertThat(run.code()).isZero();
        JsonNode w = run.json().get("files").get(0).get("warnings");
        assertThat(w).hasSize(1);
        assertThat(w.get(0).get("line").asInt()).isEqualTo(18);
        assertThat(w.get(0).get("path").asText()).isEqualTo("actors[1].stances.AID.salience");
        assertThat(w.get(0).get("message").asText()).isEqualTo(FRACTION.substring(FRACTION.indexOf(": ") + 2));
    }

    @Test
    void analyzeShowAndForecastPrintTheWarningOnceAndRun() {
        for (List<String> args : List.of(List.of("analyze", file), List.of("show", file),
                List.of("forecast", file, "--model", "all"), List.of("forecast", file, "--model", "all", "--json"))) {
            List<String> all = new ArrayList<>(args);
            all.add("--no-store");
            Cli.Run run = Cli.run(all.toArray(String[]::new));
            assertThat(run.code()).as("%s: %s", args, run.err()).isZero();
            assertThat(warnings(run)).as("%s", args).containsExactly("warning: " + file + ":18: " + FRACTION);
            assertThat(run.out()).doesNotContain("warning: " + file);
        }
    }

    @Test
    void aRerunNamesTheStoredCopyOfTheOriginalNotItsTemporaryFile() {
        String db = dir.resolve("runs.db").toString();
        assertThat(Cli.run("show", file, "--db", db).code()).isZero();
        Cli.Run rerun = Cli.run("runs", "rerun", "1", "--db", db);
        assertThat(rerun.code()).as(rerun.err()).isZero();
        assertThat(warnings(rerun)).singleElement().satisfies(w -> assertThat(w)
                .startsWith("warning: stored copy of " + file + ":").endsWith(FRACTION));
        assertThat(rerun.err()).doesNotContain("parley-rerun");
    }

    @Test
    void aCapabilityOfZeroIsAWarningNamingTheActor() throws Exception {
        Files.writeString(Path.of(file), SCENARIO.replace("capability: 25", "capability: 0"));
        Cli.Run run = Cli.run("show", file, "--no-store");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(warnings(run)).contains("warning: " + file + ":20: actors[2].capability: is 0, so 'East' can "
                + "never move any forecast (every model weighs an actor's position by its capability); its "
                + "acceptance of packages still counts");
        assertThat(Cli.run("validate", file).out()).endsWith("; 2 warnings)" + System.lineSeparator());
    }

    @Test
    void aBdmTableOnZeroToHundredWarnsOfItsFractionAtTheRowAndOneOnZeroToOneDoesNot() throws Exception {
        Path percent = dir.resolve("percent.csv");
        Files.writeString(percent, "Actor,Capability,Position,Salience\nA,40,10,60\nB,30,50,80\nC,20,90,0.5\n");
        assertThat(warnings(Cli.run("validate", percent.toString()))).containsExactly("warning: " + percent
                + ":4: stances.percent.salience: is 0.5 where most saliences of the scenario run from 60 to 80 on the "
                + "0-100 scale; if 0.5 is a fraction, write 50");
        Path unit = dir.resolve("unit.csv");
        Files.writeString(unit, "Actor,Capability,Position,Salience\nA,40,10,0.6\nB,30,50,0.8\nC,20,90,0.005\n");
        Cli.Run run = Cli.run("validate", unit.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).endsWith("0 packages)" + System.lineSeparator());
    }
}
