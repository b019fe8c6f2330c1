package org.parley.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.io.Inputs.errors;
import static org.parley.io.Inputs.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.scenario.Distribution;
import org.parley.core.scenario.Scenario;
import org.parley.io.InputError;
import org.parley.io.Limits;

/** The scenario additions for uncertainty: catastrophes, no-deal models and the uncertainty section. */
class UncertaintyYamlTest {

    private static final String BASE = """
            parley: 1
            issues:
              - id: X
                scale: {min: 0, max: 10}
                status_quo: 2
            catastrophes:
              - id: ACCIDENT
                name: plant accident
                hazard: 0.02
                basis: judgement
                note: a guess
            actors:
              - id: A
                capability: 10
                reservation: 40
                veto: true
                stances:
                  X: {position: 8, salience: 50}
                no_deal:
                  horizon: 10
                  discount: 0.9
                  losses:
                    ACCIDENT: 30
              - id: B
                capability: 5
                reservation: 55
                stances:
                  X: {position: 1, salience: 70}
            """;

    private static Scenario read(String content) {
        return ScenarioYaml.readYaml(text("s.yaml", content), Limits.defaults());
    }

    private static List<InputError> problems(String content) {
        return errors(() -> read(content));
    }

    @Test
    void catastrophes_no_deal_models_and_uncertainty_read_and_write_back_to_the_same_bytes() {
        String content = BASE + """
                uncertainty:
                  spread: 0.1
                  inputs:
                    - path: catastrophes.ACCIDENT.hazard
                      distribution: triangular
                      low: 0
                      mode: 0.02
                      high: 0.1
                      note: expert range
                    - path: actors.B.reservation
                      distribution: discrete
                      values: [50, 55, 60]
                      weights: [1, 2, 1]
                    - path: actors.A.stances.X.salience
                      distribution: normal
                      mean: 50
                      sd: 10
                  correlations:
                    - between: [catastrophes.ACCIDENT.hazard, actors.B.reservation]
                      rank: -0.5
                """;
        Scenario s = read(content);
        assertThat(s.catastrophes()).singleElement().satisfies(c -> {
            assertThat(c.hazard()).isEqualTo(0.02);
            assertThat(c.label()).isEqualTo("plant accident");
        });
        assertThat(s.actors().get(0).noDeal().losses()).containsEntry("ACCIDENT", 30.0);
        assertThat(s.actors().get(0).noDeal().hasConflictValue()).isFalse();
        assertThat(s.uncertainty().spread()).isEqualTo(0.1);
        assertThat(s.uncertainty().inputs()).hasSize(3);
        assertThat(s.uncertainty().inputs().get(0).distribution())
                .isEqualTo(Distribution.triangular(0, 0.02, 0.1));
        assertThat(s.uncertainty().correlations().get(0).rank()).isEqualTo(-0.5);

        String written = ScenarioYaml.writeYaml(s);
        assertThat(ScenarioYaml.writeYaml(read(written))).isEqualTo(written);
        assertThat(read(written)).isEqualTo(s);
    }

    @Test
    void bad_distributions_are_located_at_their_line_with_what_was_expected() {
        String content = BASE + """
                uncertainty:
                  inputs:
                    - path: actors.B.reservation
                      distribution: uniform
                      low: 60
                      high: 50
                    - path: actors.A.stances.X.salience
                      distribution: uniform
                      low: 40
                      high: 120
                    - path: actors.C.capability
                      distribution: uniform
                      low: 1
                      high: 2
                    - path: actors.A.reservation
                      distribution: uniform
                      low: 30
                      high: 50
                    - path: issues.X.status_quo
                      distribution: gamma
                """;
        List<InputError> errors = problems(content);
        assertThat(errors).extracting(InputError::path, InputError::line, InputError::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("uncertainty.inputs[0].high", 34,
                        "low 60 is above high 50; expected low <= high"),
                org.assertj.core.groups.Tuple.tuple("uncertainty.inputs[1].high", 38,
                        "120 is outside the valid range of actors.A.stances.X.salience; expected 0 to 100"),
                org.assertj.core.groups.Tuple.tuple("uncertainty.inputs[2].path", 39,
                        "unknown input 'actors.C.capability': no such actor; expected actors.ID.… with ID one of "
                                + "[A, B]"),
                org.assertj.core.groups.Tuple.tuple("uncertainty.inputs[3].path", 43,
                        "unknown input 'actors.A.reservation': actor 'A' has a no_deal model, which computes its "
                                + "reservation; expected actors.A.no_deal.conflict_value or another of its "
                                + "components"),
                org.assertj.core.groups.Tuple.tuple("uncertainty.inputs[4].distribution", 48,
                        "'gamma' is not a distribution; expected uniform, triangular, normal or discrete"));
    }

    @Test
    void a_no_deal_model_is_checked_against_its_catastrophes_and_its_reservation() {
        String content = BASE.replace("        ACCIDENT: 30\n", "        ACCIDENT: 30\n        WAR: 10\n")
                .replace("      horizon: 10\n", "      horizon: 0.5\n      conflict_value: 60\n");
        assertThat(problems(content)).extracting(InputError::path, InputError::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("actors[0].no_deal.horizon",
                        "is 0.5; expected a number of periods >= 1"),
                org.assertj.core.groups.Tuple.tuple("actors[0].no_deal.losses.WAR",
                        "unknown catastrophe 'WAR'; expected one of [ACCIDENT]"));
        String far = BASE.replace("      horizon: 10\n", "      horizon: 10\n      conflict_value: 60\n");
        assertThat(problems(far)).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("actors[0].no_deal.conflict_value");
            assertThat(e.message()).startsWith("the no-deal model gives 57.36 at its central values, but the "
                    + "reservation is 40; expected them to agree within 0.05");
        });
    }

    @Test
    void correlations_must_name_two_listed_inputs_and_a_rank_from_minus_one_to_one() {
        String content = BASE + """
                uncertainty:
                  inputs:
                    - path: actors.B.reservation
                      distribution: uniform
                      low: 50
                      high: 60
                  correlations:
                    - between: [actors.B.reservation, actors.B.capability]
                      rank: 1.5
                """;
        assertThat(problems(content)).extracting(InputError::message).containsExactly(
                "'actors.B.capability' has no distribution under uncertainty.inputs; expected two paths listed there",
                "is 1.5; expected a rank correlation from -1 to 1");
    }
}
