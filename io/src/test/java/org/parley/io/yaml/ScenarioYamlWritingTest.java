package org.parley.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.io.Inputs.text;

import org.junit.jupiter.api.Test;
import org.parley.core.scenario.Scenario;
import org.parley.io.Limits;

class ScenarioYamlWritingTest {

    private static final String SCENARIO = "parley: 1\nname: Small\nissues:\n  - id: X\n    scale: {min: 0, max: 10}\n"
            + "actors:\n  - id: a\n    capability: 2\n    stances:\n      X: {position: 3, salience: 40}\n"
            + "  - id: b\n    capability: 1\n    stances:\n      X: {position: 8, salience: 60}\n";

    @Test
    void writtenYamlAndJsonReadBackToTheSameText() {
        Scenario s = ScenarioYaml.readYaml(text("s.yaml", SCENARIO), Limits.defaults());
        String yaml = ScenarioYaml.writeYaml(s);
        String json = ScenarioYaml.writeJson(s);
        assertThat(ScenarioYaml.writeYaml(ScenarioYaml.readYaml(text("w.yaml", yaml), Limits.defaults())))
                .isEqualTo(yaml);
        assertThat(ScenarioYaml.writeJson(ScenarioYaml.readJson(text("w.json", json), Limits.defaults())))
                .isEqualTo(json);
        assertThat(yaml).contains("position: 3").doesNotStartWith("---");
    }
}
