package org.parley.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.io.Inputs.errors;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFilesTest {

    @TempDir
    Path dir;

    private List<InputError> read(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        return errors(() -> ScenarioFiles.read(f, Limits.defaults()));
    }

    @Test
    void a_ktab_xml_file_brings_smps_settings_as_defaults_and_other_formats_none() {
        ScenarioInput xml = ScenarioFiles.load(Path.of("data/ktab/dummyData_3Dim.xml"), Limits.defaults(),
                org.parley.io.bdm.BdmActorTable.Options.defaults());
        assertThat(xml.scenario().actors()).hasSize(7);
        assertThat(xml.modelDefaults().keySet()).containsExactly("smp");
        assertThat(xml.defaults("smp")).containsEntry("seed", "3707583219545544125")
                .containsEntry("idealAdjust", "identity");
        assertThat(xml.defaults("bdm")).isEmpty();
        assertThat(xml.warnings()).anySatisfy(n -> assertThat(n.message()).contains("IdealAdjustment"));
        ScenarioInput yaml = ScenarioFiles.load(Path.of("examples/emission-1994.yaml"), Limits.defaults(),
                org.parley.io.bdm.BdmActorTable.Options.defaults());
        assertThat(yaml.modelDefaults()).isEmpty();
        assertThat(yaml.warnings()).isEmpty();
        assertThat(yaml.scenario()).isEqualTo(ScenarioFiles.read(Path.of("examples/emission-1994.yaml"),
                Limits.defaults()));
    }

    @Test
    void aTableOfOnlyDelimitersIsRefusedNotACrash() throws Exception {
        assertThat(read("blank.csv", ",,,\n , ,\n")).singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("has no values"));
    }

    @Test
    void aBdmHeaderMissingAColumnIsReadAsBdmAndTheColumnNamed() throws Exception {
        assertThat(read("t.csv", "Actor,Capability,Salience\nA,1,0.5\nB,2,0.5\n")).singleElement()
                .satisfies(e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.message()).startsWith("no position column");
                });
    }

    @Test
    void aKtabFileWithUnreadableCountsIsReadAsKtabAndTheCountsNamed() throws Exception {
        List<InputError> errors = read("k.csv", "S,d,four,2.5\nActor,Description,Power,X,Xs,Y,Ys\n"
                + "a,,1,1,1,1,1\nb,,1,2,1,2,1\nc,,1,3,1,3,1\n");
        assertThat(errors).extracting(InputError::path).containsExactly("numActors", "numDims");
    }

    @Test
    void aTableOfUnknownColumnsStillCannotBeTold() throws Exception {
        assertThat(read("t.csv", "Country,Budget,Vote\nA,1,yes\n")).singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("cannot tell the format"));
    }
}
