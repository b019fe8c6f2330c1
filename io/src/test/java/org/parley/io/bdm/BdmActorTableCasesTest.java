package org.parley.io.bdm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Stance;
import org.parley.io.CannotWriteException;
import org.parley.io.InputError;
import org.parley.io.InputException;
import org.parley.io.Limits;
import org.parley.io.ScenarioFiles;
import org.parley.io.text.TextFile;

class BdmActorTableCasesTest {

    private static Scenario read(String csv) {
        return BdmActorTable.read(TextFile.decode("t.csv", csv.getBytes(StandardCharsets.UTF_8)), Limits.defaults(),
                BdmActorTable.Options.defaults());
    }

    private static Scenario file(String name) {
        return ScenarioFiles.read(Path.of("data/bdm", name), Limits.defaults());
    }

    @Test
    void the_emission_case_reads_with_saliences_moved_to_0_100_exactly() {
        Scenario s = file("emission-1994.csv");
        assertThat(s.actors()).hasSize(10);
        assertThat(s.issues().get(0).id()).isEqualTo("emission-1994");
        assertThat(s.issues().get(0).scale().min()).isEqualTo(4.0);
        assertThat(s.issues().get(0).scale().max()).isEqualTo(10.0);
        Stance nl = s.actors().get(0).stances().get("emission-1994");
        assertThat(nl.position()).isEqualTo(4.0);
        assertThat(nl.salience()).isEqualTo(80.0);
        assertThat(s.actors().get(7).stances().get("emission-1994").salience()).isEqualTo(10.0);
        assertThat(s.actors().get(3).capability()).isEqualTo(0.16);
    }

    @Test
    void old_mac_line_endings_and_0_100_saliences_are_understood() {
        Scenario china = file("china-1989.csv");
        assertThat(china.actors()).hasSize(24);
        assertThat(china.actors().get(0).id()).isEqualTo("Zeming");
        assertThat(china.actors().get(0).stances().values().iterator().next().salience()).isEqualTo(50.0);
        assertThat(file("honduras-nicaragua.csv").actors()).hasSize(5);
        assertThat(file("sultan-1997.csv").actors()).hasSize(17);
    }

    @Test
    void names_that_are_not_ids_are_kept_as_names() {
        Scenario s = read("Actor,Capability,Position,Salience\nBaltic states,1,0,1\nEU,2,10,0.5\n");
        assertThat(s.actors().get(0).id()).isEqualTo("Baltic_states");
        assertThat(s.actors().get(0).name()).isEqualTo("Baltic states");
        assertThat(s.actors().get(1).name()).isNull();
    }

    @Test
    void header_aliases_and_extra_columns_are_accepted() {
        Scenario s = read("Name,Clout,Position,Salience,Source\nA,1,0,1,interview\nB,1,5,1,\n");
        assertThat(s.actors().get(0).stances().values().iterator().next().note()).isEqualTo("Source: interview");
    }

    @Test
    void writing_then_reading_gives_the_same_scenario() {
        for (String f : List.of("emission-1994.csv", "china-1989.csv", "honduras-nicaragua.csv", "sultan-1997.csv")) {
            Scenario s = file(f);
            Scenario back = BdmActorTable.read(TextFile.decode("data/bdm/" + f,
                    BdmActorTable.write(s).getBytes(StandardCharsets.UTF_8)), Limits.defaults(),
                    BdmActorTable.Options.defaults());
            assertThat(back).as(f).isEqualTo(s);
        }
    }

    @Test
    void every_bad_row_is_reported_with_its_line_and_column() {
        assertThatThrownBy(() -> read("Actor,Capability,Position,Salience\nA,x,1,0.5\nA,1,,0.5\nB,1,2,0.5,9\n"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.errors())
                        .extracting(InputError::toString).containsExactly(
                                "t.csv:2: Capability: 'x'; expected a finite number",
                                "t.csv:3: duplicate actor 'A'; expected each actor on one line",
                                "t.csv:3: Position: missing; expected a finite number",
                                "t.csv:4: 5 fields; expected 4 as in the header"));
    }

    @Test
    void a_missing_column_is_named_with_what_was_found() {
        assertThatThrownBy(() -> read("Actor,Capability,Salience\nA,1,1\nB,1,1\n"))
                .hasMessage("t.csv:1: no position column; expected a header like Actor,Capability,Position,Salience "
                        + "(found [Actor, Capability, Salience])");
    }

    @Test
    void one_actor_or_one_position_is_not_a_negotiation() {
        assertThatThrownBy(() -> read("Actor,Capability,Position,Salience\nA,1,1,1\n"))
                .hasMessage("t.csv:1: has 1 actor line(s); expected at least 2");
        assertThatThrownBy(() -> read("Actor,Capability,Position,Salience\nA,1,3,1\nB,2,3,1\n"))
                .hasMessage("t.csv: every position is 3; expected at least two different positions");
    }

    @Test
    void saliences_above_100_on_a_percent_table_are_located() {
        assertThatThrownBy(() -> read("Actor,Capability,Position,Salience\nA,1,1,50\nB,1,2,150\n"))
                .hasMessage("t.csv:3: Salience: 150; expected 0 to 1, or 0 to 100 throughout the file");
    }

    @Test
    void a_table_holds_one_issue() {
        Scenario ktab = ScenarioFiles.read(Path.of("data/ktab/dummyData_3Dim.csv"), Limits.defaults());
        assertThatThrownBy(() -> BdmActorTable.write(ktab)).isInstanceOf(CannotWriteException.class)
                .hasMessage("a BDM actor table holds one issue; this scenario has 3 [Pstn1, Pstn2, Pstn3]; pick one "
                        + "with --issue ID");
    }
}
