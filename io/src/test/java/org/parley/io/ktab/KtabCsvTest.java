package org.parley.io.ktab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.io.Inputs.errors;
import static org.parley.io.Inputs.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.io.InputError;
import org.parley.io.Limits;

class KtabCsvTest {

    private static final String HEADER = "Actor,Description,Power,Tax,Tax salience\n";

    private static List<InputError> read(String content) {
        return errors(() -> KtabCsv.read(text("k.csv", content), Limits.defaults()));
    }

    @Test
    void aDuplicateActorAfterABadRowIsReportedAtItsOwnLine() {
        List<InputError> errors = read("S,d,4,1\n" + HEADER + "A,,-1,10,10\nB,,1,20,10\nC,,1,30,10\nC,,1,40,10\n");
        assertThat(errors).extracting(InputError::line).containsExactly(3, 6);
        assertThat(errors.get(1).message()).isEqualTo("duplicate actor id 'C'; expected each actor id once");
    }

    @Test
    void tooFewActorsIsReportedWithTheRowProblems() {
        List<InputError> errors = read("S,d,2,1\n" + HEADER + "A,,1,10,10\nB,,1,200,10\n");
        assertThat(errors).extracting(InputError::line).containsExactly(1, 4);
        assertThat(errors.get(0).message()).isEqualTo("2 actors; KTAB expects 3 to 250");
    }

    @Test
    void theHeaderIsRecognisedByItsColumns() {
        assertThat(KtabCsv.looksLikeHeader(new org.parley.io.text.CsvRecord(2,
                List.of("Actor", "Description", "Influence")))).isTrue();
        assertThat(KtabCsv.looksLikeHeader(new org.parley.io.text.CsvRecord(2, List.of("a", "b", "c")))).isFalse();
    }
}
