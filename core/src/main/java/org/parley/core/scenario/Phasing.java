package org.parley.core.scenario;

/**
 * How a package may be phased (Lockwood and Thomas 2002; Powell 2006): the first and last year of the schedule,
 * the punishment after a defection, optionally the balance of power over those years, and the rationale.
 */
public record Phasing(Double start, Double end, Punishment punishment, PowerPath power, String note) {

    public Phasing {
        punishment = punishment == null ? Punishment.FREEZE : punishment;
    }

    /** The number of years from start to end. */
    public double years() {
        return end - start;
    }
}
