package org.parley.io.ktab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Scenario;
import org.parley.io.CannotWriteException;
import org.parley.io.InputError;
import org.parley.io.InputException;
import org.parley.io.Limits;
import org.parley.io.ScenarioFiles;
import org.parley.io.text.TextFile;

class KtabCsvCasesTest {

    static Stream<Path> ktabFiles() throws IOException {
        return Files.list(Path.of("data/ktab")).filter(p -> p.toString().endsWith(".csv")).sorted();
    }

    private static Scenario read(String csv) {
        return KtabCsv.read(TextFile.decode("k.csv", csv.getBytes(StandardCharsets.UTF_8)), Limits.defaults());
    }

    @ParameterizedTest
    @MethodSource("ktabFiles")
    void every_shipped_file_reads_with_the_counts_its_first_line_declares(Path file) throws IOException {
        String[] first = Files.readString(file).replace("\uFEFF", "").split("\n", 2)[0].split(",");
        Scenario s = ScenarioFiles.read(file, Limits.defaults());
        assertThat(s.actors()).hasSize(Integer.parseInt(first[2].trim()));
        assertThat(s.issues()).hasSize(Integer.parseInt(first[3].trim()));
    }

    @ParameterizedTest
    @MethodSource("ktabFiles")
    void writing_then_reading_gives_the_same_scenario(Path file) {
        Scenario s = ScenarioFiles.read(file, Limits.defaults());
        Scenario back = read(KtabCsv.write(s, false));
        assertThat(back.issues()).isEqualTo(s.issues());
        assertThat(back.actors()).isEqualTo(s.actors());
    }

    @Test
    void the_first_actor_of_dummy_data_is_read_exactly() {
        Scenario s = ScenarioFiles.read(Path.of("data/ktab/dummyData_3Dim.csv"), Limits.defaults());
        Actor a = s.actors().get(0);
        assertThat(a.id()).isEqualTo("SActor-00");
        assertThat(a.name()).isEqualTo("Random Spatial Actor");
        assertThat(a.capability()).isEqualTo(102.543);
        assertThat(a.stances().get("Pstn1").position()).isEqualTo(75.79);
        assertThat(a.stances().get("Pstn1").salience()).isEqualTo(49.53);
        assertThat(s.name()).isEqualTo("DummyData_3Dim");
    }

    @Test
    void dimension_names_become_ids_and_names() {
        Scenario s = ScenarioFiles.read(Path.of("data/ktab/SOE-Pol-Comp.csv"), Limits.defaults());
        assertThat(s.issues()).extracting(i -> i.id() + "=" + i.name())
                .containsExactly("Policy_Position=Policy Position", "Competitive_Position=Competitive Position");
    }

    private static final String HEAD = "S,d,3,1\nActor,Description,Power,P1,S1\n";

    @Test
    void ktab_rules_are_checked_line_by_line() {
        assertThatThrownBy(() -> read(HEAD + "a,,1,50,60\nb,,0,101,10\nc,,1,5\n"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.errors())
                        .extracting(InputError::toString).containsExactly(
                                "k.csv:4: Power: capability 0; expected a number above 0 and at most 1e8",
                                "k.csv:4: P1: position 101 is outside 0 to 100",
                                "k.csv:5: 4 fields; expected 5 (name, description, capability, then position and "
                                        + "salience for each dimension)"));
    }

    @Test
    void declared_counts_must_match_and_allow_a_negotiation() {
        assertThatThrownBy(() -> read("S,d,2,1\nActor,Description,Power,P1,S1\na,,1,5,5\nb,,1,6,5\n"))
                .hasMessage("k.csv:1: numActors: 2 actors; KTAB expects 3 to 250");
        assertThatThrownBy(() -> read(HEAD + "a,,1,5,5\nb,,1,6,5\n"))
                .hasMessage("k.csv:1: numActors: says 3 actors but the file has 2 actor lines");
        assertThatThrownBy(() -> read("S,d,three,1\n"))
                .hasMessage("k.csv:1: numActors: 'three'; expected a whole number (line 1 is name,description,"
                        + "numActors,numDims)");
    }

    @Test
    void saliences_over_100_in_total_are_refused_with_the_sum() {
        assertThatThrownBy(() -> read("S,d,3,2\nActor,Description,Power,P1,S1,P2,S2\na,,1,5,60,5,50\n"
                + "b,,1,6,5,1,1\nc,,1,6,5,1,1\n"))
                .hasMessage("k.csv:3: saliences of 'a' sum to 110; KTAB expects at most 100");
    }

    @Test
    void writing_refuses_what_ktab_cannot_hold_unless_asked_to_normalise() {
        Scenario flagship = ScenarioFiles.read(Path.of("examples/ukraine-2022-grand-bargain.yaml"),
                Limits.defaults());
        assertThatThrownBy(() -> KtabCsv.write(flagship, false)).isInstanceOf(CannotWriteException.class)
                .hasMessageContaining("KTAB needs each actor's saliences to sum to at most 100; they sum to more for "
                        + "USA 310, RUS 450,").hasMessageEndingWith("(--normalise-saliences scales each such actor's "
                        + "to 100)");
        Scenario back = read(KtabCsv.write(flagship, true));
        double sum = back.actor("USA").orElseThrow().stances().values().stream().mapToDouble(st -> st.salience())
                .sum();
        assertThat(sum).isCloseTo(100.0, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(back.issues()).extracting(i -> i.id()).containsExactly("TERR", "US_EXIT", "UA_SEC", "ETHNIC",
                "SANCT", "ZNPP");
    }
}
