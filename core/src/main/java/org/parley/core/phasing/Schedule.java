package org.parley.core.phasing;

import java.util.List;

/**
 * A schedule as written in a schedule file: the start (a package id, or null for the status quo) and the stages in
 * time order, each with the cumulative terms after it. Check it with {@link Schedules#problems}.
 */
public record Schedule(String start, List<ScheduleStage> stages) {

    public Schedule {
        stages = stages == null ? List.of() : List.copyOf(stages);
    }
}
