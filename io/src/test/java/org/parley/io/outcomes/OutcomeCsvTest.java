package org.parley.io.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parley.core.backtest.OutcomeDataset;
import org.parley.core.backtest.OutcomeIssue;
import org.parley.core.backtest.Stand;
import org.parley.io.InputException;
import org.parley.io.Limits;
import org.parley.io.deu.DeuFile;
import org.parley.io.text.TextFile;

class OutcomeCsvTest {

    private static OutcomeDataset read(String text) {
        return OutcomeCsv.read(new TextFile("o.csv", text, false));
    }

    @Test
    void the_example_holds_the_first_two_deu_proposals_with_the_same_numbers() {
        OutcomeDataset sample = OutcomeFiles.read(Path.of("examples/eu-outcomes-sample.csv"), Limits.defaults());
        OutcomeDataset deu = OutcomeFiles.read(Path.of("data/deu/deu3.csv"), Limits.defaults());
        assertThat(sample.proposals()).containsExactly("d00032", "d00060");
        assertThat(sample.issues()).hasSize(6);
        for (OutcomeIssue i : sample.issues()) {
            OutcomeIssue same = deu.issues().stream().filter(d -> d.id().equals(i.id())).findFirst().orElseThrow();
            assertThat(i).isEqualTo(same);
        }
        assertThat(sample.capabilitySets().get(OutcomeCsv.DATA).weights())
                .containsEntry("com", 4.1).containsEntry("uk", 2.64);
    }

    @Test
    void optional_columns_default_and_blank_outcomes_exclude_the_issue() {
        OutcomeDataset d = read("issue,actor,position,salience,outcome\n"
                + "a,x,10,50,20\na,y,90,50,20\nb,x,0,10,\nb,y,100,10,\nc,x,,,30\nc,y,40,70,30\n");
        assertThat(d.issues()).extracting(OutcomeIssue::id).containsExactly("a", "c");
        assertThat(d.issues().get(0).proposal()).isEqualTo("a");
        assertThat(d.issues().get(1).stands()).containsExactly(new Stand("y", 40, 70));
        assertThat(d.excluded()).singleElement().satisfies(x -> assertThat(x.id()).isEqualTo("b"));
        assertThat(d.capabilitySets()).isEmpty();
        assertThat(d.issues().get(0).referencePoint()).isNull();
    }

    @Test
    void a_position_without_salience_and_non_numeric_cells_are_named_by_line_and_column() {
        assertThatThrownBy(() -> read("issue,actor,position,salience,outcome\n"
                + "a,x,10,,20\na,y,ninety,50,20\na,z,30,40,200\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("o.csv:2: salience: actor 'x' has a position on issue 'a' and no salience; expected a "
                        + "salience 0 to 100\n"
                        + "o.csv:3: position: 'ninety' (field 3); expected a number 0 to 100, or blank\n"
                        + "o.csv:4: outcome: '200' (field 5); expected a number 0 to 100, or blank");
    }

    @Test
    void a_missing_outcome_column_and_disagreeing_lines_are_refused() {
        assertThatThrownBy(() -> read("issue,actor,position,salience\na,x,1,2\n"))
                .hasMessage("o.csv:1: no 'outcome' column; expected a header with issue, actor, position, salience "
                        + "and outcome (found [issue, actor, position, salience])");
        assertThatThrownBy(() -> read("issue,proposal,actor,position,salience,capability,outcome\n"
                + "a,p,x,10,50,1,20\na,q,y,90,50,2,30\nb,p,x,10,50,3,20\nb,p,x,20,50,1,20\n"))
                .hasMessage("o.csv:3: proposal: issue 'a' is in proposal 'q' here and 'p' on line 2; expected one "
                        + "proposal per issue\n"
                        + "o.csv:3: outcome: issue 'a' has outcome 30 here and 20 on line 2; expected one outcome "
                        + "per issue\n"
                        + "o.csv:4: capability: actor 'x' has capability 3 here and 1 on line 2; expected one "
                        + "capability per actor\n"
                        + "o.csv:5: actor: actor 'x' appears twice on issue 'b'; expected one line per actor and "
                        + "issue");
    }

    @Test
    void deu_files_are_told_from_outcome_csvs_by_their_header() {
        assertThat(DeuFile.looksLikeHeader("\"prnrnmc\"\t\"prnr\"\t\"isnr\"\t\"out\"")).isTrue();
        assertThat(DeuFile.looksLikeHeader("issue,actor,position,salience,outcome")).isFalse();
    }
}
