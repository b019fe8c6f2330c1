package org.parley.core.phasing;

import java.util.List;

/**
 * The designer's answer for K stages: the verdict; the fastest self-enforcing schedule (the most progress stage by
 * stage, null when none was found); the schedule with the largest minimum slack (always, the best found when none
 * holds); how the search went; and, when no schedule holds, the smallest hostages and the nearest phaseable package.
 */
public record ScheduleDesign(PhaseVerdict verdict, ScheduleCheck fastest, ScheduleCheck maxMin, DesignSearch search,
                             List<Hostage> hostages, PhaseablePackage nearestPackage) {

    public ScheduleDesign {
        hostages = List.copyOf(hostages);
    }
}
