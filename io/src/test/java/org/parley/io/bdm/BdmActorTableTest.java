package org.parley.io.bdm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.io.Inputs.errors;
import static org.parley.io.Inputs.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.io.InputError;
import org.parley.io.Limits;

class BdmActorTableTest {

    private static List<InputError> read(String content) {
        return errors(() -> BdmActorTable.read(text("t.csv", content), Limits.defaults(),
                BdmActorTable.Options.defaults()));
    }

    @Test
    void rowProblemsAndModelProblemsAreListedTogether() {
        List<InputError> errors = read("Actor,Capability,Position,Salience\nA,lots,1,0.5\nB,1,2,0.5\nB_,1,3,0.5\n");
        assertThat(errors).extracting(InputError::line).containsExactly(2, 4);
        assertThat(errors.get(1).message()).isEqualTo("actor names 'B' (line 3) and 'B_' both make the id 'B'; "
                + "expected actor names that differ in their letters, digits, '_', '-' or '.'");
    }

    @Test
    void aSalienceOutsideItsScaleIsReportedAsWrittenInTheFile() {
        assertThat(read("Actor,Capability,Position,Salience\nA,1,1,0.5\nB,1,2,-0.5\n")).singleElement()
                .satisfies(e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.message()).isEqualTo("-0.5; expected 0 to 1, or 0 to 100 throughout the file");
                });
        assertThat(read("Actor,Capability,Position,Salience\nA,1,1,50\nB,1,2,180\n")).singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("180; expected"));
    }

    @Test
    void aNegativeCapabilityIsReportedAtItsRow() {
        assertThat(read("Actor,Capability,Position,Salience\nA,1,1,0.5\nB,-2,2,0.5\n")).singleElement()
                .satisfies(e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.path()).isEqualTo("Capability");
                    assertThat(e.message()).isEqualTo("-2; expected a number >= 0");
                });
    }

    @Test
    void oneActorLineIsReportedAlongWithItsOwnProblems() {
        List<InputError> errors = read("Actor,Capability,Position,Salience\nA,x,1,0.5\n");
        assertThat(errors).extracting(InputError::message)
                .containsExactly("has 1 actor line(s); expected at least 2", "'x'; expected a finite number");
    }

    @Test
    void allPositionsEqualIsOnlyReportedWhenEveryRowWasRead() {
        assertThat(read("Actor,Capability,Position,Salience\nA,1,7,0.5\nB,1,7,0.5\n")).singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("every position is 7"));
        assertThat(read("Actor,Capability,Position,Salience\nA,1,7,0.5\nB,1,9,x\nC,1,7,0.5\n")).singleElement()
                .satisfies(e -> assertThat(e.line()).isEqualTo(3));
    }
}
