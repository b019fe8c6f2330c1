package org.parley.core.phasing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.scenario.Punishment;

/**
 * The result of {@code parley phase}: the package and start, the punishment, the parties with their discount
 * factors and stakes, the verdict, whether the headline {@code schedule} was {@code designed} (else given), the
 * headline schedule itself (the given one; or the fastest self-enforcing one designed; or, when none holds, the one
 * with the largest minimum slack) with its slack matrix, minimum slack and binding (party, stage), the
 * {@code design} when the designer ran, the {@code change} that would make a schedule exist when none holds, and
 * Powell's power-shift check when the scenario gives a power path.
 */
public record PhaseResult(String packageId, String packageName, String start, Punishment punishment,
                          Map<String, Double> discounts, List<PartyStake> stakes, int stages, PhaseVerdict verdict,
                          boolean designed, ScheduleCheck schedule, ScheduleDesign design, SmallestChange change,
                          PowerShiftCheck powerShift) {

    public PhaseResult {
        discounts = Collections.unmodifiableMap(new LinkedHashMap<>(discounts));
        stakes = List.copyOf(stakes);
    }
}
