package org.parley.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConvergenceTest {

    @Test
    void a_forecast_is_settled_only_where_it_is_a_point() {
        Map<String, IssueConvergence> issues = new LinkedHashMap<>();
        issues.put("TERR", IssueConvergence.settled(10, 0, 70));
        issues.put("ETHNIC", IssueConvergence.drifting(10, 40.68, 90));
        issues.put("ZNPP", IssueConvergence.cycling(10, 2, 76.25, 80));
        Convergence c = new Convergence(issues);
        assertThat(c.settled("TERR")).isTrue();
        assertThat(c.settled("ETHNIC")).isFalse();
        assertThat(c.allSettled()).isFalse();
        assertThat(c.unsettled()).containsExactly("ETHNIC", "ZNPP");
        assertThat(c.issues().keySet()).containsExactly("TERR", "ETHNIC", "ZNPP");
        assertThatThrownBy(() -> c.settled("SANCT")).hasMessage(
                "no issue 'SANCT' in this forecast; expected one of [TERR, ETHNIC, ZNPP]");
        assertThat(Convergence.oneShot(Map.of("DELAY", 7.39)).allSettled()).isTrue();
    }

    @Test
    void the_records_refuse_inconsistent_fields() {
        assertThatThrownBy(() -> new IssueConvergence(ConvergenceStatus.SETTLED, 10, 3, null, 1, 2))
                .hasMessageContaining("expected low == high");
        assertThatThrownBy(() -> new IssueConvergence(ConvergenceStatus.DRIFTING, 10, null, null, 2, 1))
                .hasMessage("low 2.0 > high 1.0");
        assertThatThrownBy(() -> new IssueConvergence(ConvergenceStatus.CYCLING, 10, null, 1, 1, 2))
                .hasMessageContaining("expected a period of 2 or more exactly when cycling");
        assertThatThrownBy(() -> new IssueConvergence(ConvergenceStatus.SETTLED, 10, 11, null, 1, 1))
                .hasMessageContaining("expected a round from 0 to 10 exactly when settled");
        assertThatThrownBy(() -> new IssueConvergence(ConvergenceStatus.ONE_SHOT, 3, null, null, 1, 1))
                .hasMessage("one-shot after 3 rounds; expected 0");
        assertThatThrownBy(() -> new Forecast("m", List.of(), List.of(), Map.of(), "h", Map.of(), Map.of(), null))
                .hasMessage("convergence");
    }
}
