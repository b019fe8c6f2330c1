package org.parley.core.forecast.smp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.core.forecast.ForecastRound;
import org.parley.core.scenario.ScenarioValidator;

/**
 * The trace of an {@link SmpRun} as lines of text (KTAB's SMP, smp.md): how the run ended, where each actor started
 * and ended with the probability of its final position, the distinct final positions, then every turn with each
 * actor's risk attitude, challenge, adopted bargain and new position. Positions are in issue units, joined with
 * " / " in issue order.
 */
public final class SmpExplanation {

    private SmpExplanation() {
    }

    /** The summary, then one block per turn. */
    public static List<String> lines(SmpRun run) {
        List<String> out = new ArrayList<>(summary(run));
        out.addAll(turns(run));
        return out;
    }

    /** States, why the run stopped, each actor's first and last position, the distinct final positions. */
    public static List<String> summary(SmpRun run) {
        List<String> out = new ArrayList<>();
        int last = run.states() - 1;
        SmpTurn end = run.turns().get(last);
        out.add("SMP: " + run.states() + " states (turns 0.." + last + "), " + (run.stopRule()
                ? "stopped when the change of a turn fell to " + num(end.stopRatio(), 4) + " of the first turn's"
                : "stopped at the turn limit"));
        List<String> issues = run.forecast().issues();
        ForecastRound first = run.forecast().rounds().get(0);
        ForecastRound fin = run.forecast().rounds().get(last);
        for (String actor : first.positions().keySet()) {
            List<String> moves = new ArrayList<>();
            for (String issue : issues) {
                moves.add(num(first.positions().get(actor).get(issue), 2) + " -> "
                        + num(fin.positions().get(actor).get(issue), 2));
            }
            out.add("  " + actor + ": " + String.join(", ", moves) + "; P(final position) "
                    + num(end.actorProbabilities().get(actor), 4));
        }
        out.add("Distinct final positions (the per-actor probability above repeats that of a shared position):");
        positions(out, issues, run.probabilities());
        out.add("Forecast: the most probable final position; mean and median: capability x salience weighted, of the "
                + "final positions.");
        return out;
    }

    /** Every turn: risk attitudes, challenges, the bargain each actor adopted and where it moved. */
    public static List<String> turns(SmpRun run) {
        List<String> out = new ArrayList<>();
        List<String> issues = run.forecast().issues();
        for (SmpTurn turn : run.turns()) {
            int k = turn.turn();
            out.add("Turn " + k + (turn.stopRatio() != null && k >= 2 ? " (change " + num(turn.stopRatio(), 4)
                    + " of the first turn's)" : ""));
            positions(out, issues, turn.distinctPositions());
            if (turn.moves().isEmpty()) {
                out.add("  last state: no more moves");
                continue;
            }
            Map<String, Map<String, Double>> next = run.forecast().rounds().get(k + 1).positions();
            for (Map.Entry<String, SmpMove> e : turn.moves().entrySet()) {
                String actor = e.getKey();
                SmpMove m = e.getValue();
                StringBuilder line = new StringBuilder("  ").append(actor).append(": R ")
                        .append(num(turn.riskAttitudes().get(actor), 2));
                SmpChallenge c = challengeBy(turn, actor);
                line.append(c == null ? "; no challenge" : "; challenges " + c.target() + " (P(win) "
                        + num(c.probability(), 3) + ", gain " + num(c.gain(), 4) + ")");
                line.append("; adopts ").append(m.adopted()).append(" (p ").append(num(m.probability(), 3))
                        .append(")");
                line.append(SmpMove.STATUS_QUO.equals(m.adopted()) ? ", stays"
                        : ", moves to " + point(issues, next.get(actor)));
                out.add(line.toString());
            }
        }
        return out;
    }

    private static SmpChallenge challengeBy(SmpTurn turn, String actor) {
        for (SmpChallenge c : turn.challenges()) {
            if (c.initiator().equals(actor)) {
                return c;
            }
        }
        return null;
    }

    private static void positions(List<String> out, List<String> issues, List<SmpPosition> positions) {
        for (SmpPosition p : positions) {
            out.add("  p=" + num(p.probability(), 4) + "  " + point(issues, p.position()) + "  "
                    + String.join(", ", p.actors()));
        }
    }

    private static String point(List<String> issues, Map<String, Double> position) {
        List<String> parts = new ArrayList<>();
        for (String issue : issues) {
            parts.add(num(position.get(issue), 2));
        }
        return String.join(" / ", parts);
    }

    private static String num(double x, int decimals) {
        return ScenarioValidator.num(x, decimals);
    }
}
