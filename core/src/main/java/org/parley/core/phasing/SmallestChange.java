package org.parley.core.phasing;

import java.util.List;

/**
 * What would make a schedule exist when the one asked about fails: a {@code reordering} of the same stages that
 * holds (the schedule with the largest minimum slack; only for a given schedule), else the smallest
 * {@code hostages} per tempted party and the {@code nearestPackage} that can be phased.
 */
public record SmallestChange(ScheduleCheck reordering, List<Hostage> hostages, PhaseablePackage nearestPackage) {

    public SmallestChange {
        hostages = hostages == null ? List.of() : List.copyOf(hostages);
    }
}
