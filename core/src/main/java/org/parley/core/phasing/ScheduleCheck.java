package org.parley.core.phasing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A schedule checked stage by stage (Section 3 of the phasing spec): the stages, every party's slack per stage
 * 1..K in utility points per year ({@code slack}, the normalised {@code (1 - delta_i)(V_i(t) - D_i(t))}) and as
 * discounted totals ({@code slackTotal}, {@code V_i(t) - D_i(t)} in utility-years), the minimum slack and the
 * binding (party, stage) where it is attained (ties: earliest stage, then the party listed first), whether every
 * slack is non-negative, the stages where a party would defect, each party's worst stage, and when each issue
 * moves.
 */
public record ScheduleCheck(List<PhaseStage> stages, Map<String, List<Double>> slack,
                            Map<String, List<Double>> slackTotal, double minSlack, Incentive binding,
                            boolean selfEnforcing, List<Incentive> shortfalls, Map<String, Incentive> worst,
                            List<IssueTiming> sequencing) {

    public ScheduleCheck {
        stages = List.copyOf(stages);
        slack = copy(slack);
        slackTotal = copy(slackTotal);
        shortfalls = List.copyOf(shortfalls);
        worst = Collections.unmodifiableMap(new LinkedHashMap<>(worst));
        sequencing = List.copyOf(sequencing);
    }

    private static Map<String, List<Double>> copy(Map<String, List<Double>> m) {
        Map<String, List<Double>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }

    /** The number of stages after the start. */
    public int stageCount() {
        return stages.size() - 1;
    }
}
