package org.parley.core.forecast.bdm;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.parley.core.scenario.ScenarioValidator;

/** The trace of a {@link BdmRun} as lines of text: why each actor moved or stayed, round by round. */
public final class BdmExplanation {

    private BdmExplanation() {
    }

    /** One line per issue, round and actor, numbers to 4 decimals. */
    public static List<String> lines(BdmRun run) {
        List<String> out = new ArrayList<>();
        for (BdmIssueTrace issue : run.trace()) {
            out.add("Issue " + issue.issue() + ": range R " + num(issue.range()) + ", weighted median "
                    + num(issue.initialMedian()) + " (lower median on ties), weighted mean "
                    + num(issue.initialMean()));
            for (BdmRoundTrace round : issue.rounds()) {
                out.add("Round " + round.round() + ": weighted median " + num(round.median()) + ", weighted mean "
                        + num(round.mean()));
                for (String warning : round.warnings()) {
                    out.add("  warning: " + warning);
                }
                for (BdmActorTrace actor : round.actors()) {
                    out.add("  " + actorLine(actor));
                }
            }
            if (issue.converged()) {
                out.add("Stopped: no actor moved more than the tolerance.");
            }
        }
        return out;
    }

    private static String actorLine(BdmActorTrace a) {
        StringBuilder line = new StringBuilder(a.actor()).append(' ');
        BdmOffer taken = a.taken();
        if (taken == null) {
            line.append("stays at ").append(num(a.position()));
        } else {
            line.append(num(a.position())).append(" -> ").append(num(a.newPosition())).append(": ")
                    .append(taken.region().word()).append(" with ").append(taken.from())
                    .append(" (E(U_ij) ").append(num(taken.euIj())).append(", E(U_ji) ")
                    .append(num(taken.euJi())).append(')');
        }
        line.append("; r ").append(num(a.risk())).append(", security ").append(num(a.security()));
        Map<Region, Integer> count = new EnumMap<>(Region.class);
        for (BdmOffer o : a.offers()) {
            count.merge(o.region(), 1, Integer::sum);
        }
        if (!count.isEmpty()) {
            List<String> parts = new ArrayList<>();
            count.forEach((region, k) -> parts.add(k + " " + region.word()));
            line.append("; dyads: ").append(String.join(", ", parts));
        }
        return line.toString();
    }

    private static String num(double v) {
        return ScenarioValidator.num(v, 4);
    }
}
