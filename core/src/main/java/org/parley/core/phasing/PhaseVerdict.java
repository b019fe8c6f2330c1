package org.parley.core.phasing;

/** The answer of a phasing analysis. */
public enum PhaseVerdict {
    /** The schedule (given, or designed within the stages asked for) holds at every stage for every party. */
    SELF_ENFORCING,
    /** The given schedule fails at some stage for some party. */
    NOT_SELF_ENFORCING,
    /** Proven: no schedule within the stages asked for is self-enforcing under these parameters. */
    NO_SCHEDULE_EXISTS,
    /** The designer found no self-enforcing schedule, but its bound cannot rule one out. */
    NO_SCHEDULE_FOUND
}
