package org.parley.core.phasing;

import java.util.List;

/**
 * One party's incentive at one stage (Telser 1980): {@code slack = stake - temptation} in utility points per year,
 * where the temptation is what it pockets by withholding its own moves of the stage while the others make theirs,
 * and the stake is what the punishment costs it from the next stage on; {@code slackTotal} is the same difference
 * as a discounted sum (utility-years), {@code V_i(t) - D_i(t)}. {@code withheld} lists the issues it would withhold
 * and {@code revoked} the terms its counterparts would take back.
 */
public record Incentive(String actor, int stage, double year, double slack, double slackTotal, double temptation,
                        double stake, List<String> withheld, List<String> revoked) {

    public Incentive {
        withheld = List.copyOf(withheld);
        revoked = List.copyOf(revoked);
    }

    /** Whether complying is worth at least as much as defecting here (within {@link SelfEnforcement#TOLERANCE}). */
    public boolean holds() {
        return slack >= -SelfEnforcement.TOLERANCE;
    }
}
