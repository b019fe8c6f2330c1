package org.parley.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.core.forecast.ForecastRound;
import org.parley.core.forecast.smp.SmpChallenge;
import org.parley.core.forecast.smp.SmpMove;
import org.parley.core.forecast.smp.SmpPosition;
import org.parley.core.forecast.smp.SmpRun;
import org.parley.core.forecast.smp.SmpTurn;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scenario;

/** SMP results as text: a summary of the run, and every turn for {@code --explain}. */
final class SmpText {

    private SmpText() {
    }

    /** States, why the run stopped, each actor's first and last position, the distinct final positions. */
    static String summary(Scenario s, SmpRun run) {
        StringBuilder b = new StringBuilder();
        int last = run.states() - 1;
        SmpTurn end = run.turns().get(last);
        b.append("SMP: ").append(run.states()).append(" states (turns 0..").append(last).append("), ");
        if (end.stopRatio() != null && last < maxTurns(run)) {
            b.append("stopped when the change of a turn fell to ").append(String.format(java.util.Locale.ROOT,
                    "%.4f", end.stopRatio())).append(" of the first turn's\n");
        } else {
            b.append("stopped at the turn limit\n");
        }
        List<String> header = new ArrayList<>(List.of("actor"));
        s.issues().forEach(i -> header.add(i.id() + " t0 -> t" + last));
        header.add("P(final position)");
        TextTable t = new TextTable(header);
        ForecastRound first = run.forecast().rounds().get(0);
        ForecastRound fin = run.forecast().rounds().get(last);
        for (Actor a : s.actors()) {
            List<String> row = new ArrayList<>(List.of(a.id()));
            for (Issue i : s.issues()) {
                row.add(TextTable.two(first.positions().get(a.id()).get(i.id())) + " -> "
                        + TextTable.two(fin.positions().get(a.id()).get(i.id())));
            }
            row.add(four(end.actorProbabilities().get(a.id())));
            t.row(row);
        }
        b.append(t);
        b.append("Distinct final positions (the per-actor column repeats the probability of a shared position)\n");
        b.append(positions(s, run.probabilities()));
        b.append("Forecast: the most probable final position; mean and median: capability x salience weighted, of "
                + "the final positions.\n");
        return b.toString();
    }

    /** Every turn: risk attitudes, challenges, the bargain each actor adopted and where it moved. */
    static String turns(Scenario s, SmpRun run) {
        StringBuilder b = new StringBuilder();
        for (SmpTurn turn : run.turns()) {
            int k = turn.turn();
            b.append("Turn ").append(k);
            if (turn.stopRatio() != null && k >= 2) {
                b.append(" (change ").append(four(turn.stopRatio())).append(" of the first turn's)");
            }
            b.append('\n');
            b.append(positions(s, turn.distinctPositions()));
            if (turn.moves().isEmpty()) {
                b.append("  last state: no more moves\n");
                continue;
            }
            Map<String, Map<String, Double>> next = run.forecast().rounds().get(k + 1).positions();
            TextTable t = new TextTable(List.of("actor", "R", "challenges", "P(win)", "gain", "adopts", "p",
                    "new position"));
            for (Actor a : s.actors()) {
                SmpChallenge c = turn.challenges().stream().filter(x -> x.initiator().equals(a.id())).findFirst()
                        .orElse(null);
                SmpMove m = turn.moves().get(a.id());
                t.row(List.of(a.id(), TextTable.two(turn.riskAttitudes().get(a.id())),
                        c == null ? "-" : c.target(), c == null ? "-" : three(c.probability()),
                        c == null ? "-" : four(c.gain()), m.adopted(), three(m.probability()),
                        SmpMove.STATUS_QUO.equals(m.adopted()) ? "(stays)" : point(s, next.get(a.id()))));
            }
            b.append(indent(t.toString()));
        }
        return b.toString();
    }

    private static String positions(Scenario s, List<SmpPosition> positions) {
        StringBuilder b = new StringBuilder();
        for (SmpPosition p : positions) {
            b.append("  p=").append(four(p.probability())).append("  ").append(point(s, p.position()))
                    .append("  ").append(String.join(", ", p.actors())).append('\n');
        }
        return b.toString();
    }

    private static String point(Scenario s, Map<String, Double> position) {
        List<String> parts = new ArrayList<>();
        for (Issue i : s.issues()) {
            parts.add(TextTable.two(position.get(i.id())));
        }
        return String.join(" / ", parts);
    }

    private static int maxTurns(SmpRun run) {
        Object rounds = run.forecast().params().get("rounds");
        return rounds instanceof Number n ? n.intValue() : Integer.MAX_VALUE;
    }

    private static String indent(String text) {
        return text.lines().map(l -> "  " + l).reduce("", (a, l) -> a + l + "\n");
    }

    private static String three(double x) {
        return String.format(java.util.Locale.ROOT, "%.3f", x);
    }

    private static String four(double x) {
        return String.format(java.util.Locale.ROOT, "%.4f", x);
    }
}
