package org.parley.io.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.backtest.Capabilities;
import org.parley.core.backtest.OutcomeDataset;
import org.parley.io.InputException;
import org.parley.io.Limits;
import org.parley.io.deu.DeuFile;
import org.parley.io.text.TextFile;

class CapabilityCsvTest {

    @Test
    void the_gdp_file_equals_the_gdp_row_of_deu() {
        OutcomeDataset deu = OutcomeFiles.read(Path.of("data/deu/deu3.csv"), Limits.defaults());
        Capabilities file = CapabilityCsv.read(TextFile.read(Path.of("data/deu/gdp-capabilities.csv"),
                Limits.defaults()), deu.actors());
        assertThat(file.name()).isEqualTo("gdp-capabilities");
        assertThat(file.weights()).isEqualTo(deu.capabilitySets().get(DeuFile.GDP).weights());
    }

    @Test
    void an_unknown_actor_a_duplicate_a_bad_value_and_a_missing_actor_are_named() {
        assertThatThrownBy(() -> CapabilityCsv.read(new TextFile("c.csv",
                "actor,capability\ncom,4\nxx,1\ncom,2\nep,-1\n", false), List.of("com", "ep", "de")))
                .isInstanceOf(InputException.class)
                .hasMessage("c.csv:3: actor: unknown actor 'xx'; expected one of the data set's actors [com, ep, de]\n"
                        + "c.csv:4: actor: actor 'com' again (first on line 2); expected one line per actor\n"
                        + "c.csv:5: capability: '-1'; expected a number >= 0\n"
                        + "c.csv: no capability for [de]; expected a line for every actor of the data set");
        assertThatThrownBy(() -> CapabilityCsv.read(new TextFile("c.csv", "name,weight\ncom,4\n", false),
                List.of("com"))).hasMessage("c.csv:1: header [name, weight]; expected actor,capability");
    }
}
