package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FlattenedTest {

    @Test
    void a_scenario_is_flattened_by_path() {
        assertThat(Flattened.yaml("name: x\nactors:\n  - id: A\n    capability: 3\n"))
                .containsEntry("name", "x").containsEntry("actors.A.capability", "3");
    }

    @Test
    void a_stored_data_set_that_is_not_yaml_is_compared_line_by_line() {
        assertThat(Flattened.yaml("\"prnr\"\t\"isnr\"\n\"d1\"\t\"d1i1\"\n"))
                .containsExactly(java.util.Map.entry("line 1", "\"prnr\"\t\"isnr\""),
                        java.util.Map.entry("line 2", "\"d1\"\t\"d1i1\""));
        assertThat(Flattened.yaml("issue,actor,position\na,x,1\n")).containsOnlyKeys("line 1", "line 2");
    }
}
