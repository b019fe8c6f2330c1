package org.parley.core.forecast.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.core.scenario.ScenarioValidator;

/** The trace of an {@link ExchangeRun} as lines of text: who traded what with whom, round by round. */
public final class ExchangeExplanation {

    private ExchangeExplanation() {
    }

    /** Per round: the starting compromise, the candidates, every realised exchange, the outcome; 4 decimals. */
    public static List<String> lines(ExchangeRun run) {
        List<String> out = new ArrayList<>();
        out.add("Positions, shifts and outcomes on the 0-100 scale of each issue; saliences on 0-1.");
        for (ExchangeRoundTrace r : run.trace()) {
            out.add("Round " + r.round() + ": compromise " + outcomes(r.startOutcome()) + "; " + r.candidates()
                    + " candidate exchanges, " + r.valid() + " valid");
            for (String w : r.warnings()) {
                out.add("  warning: " + w);
            }
            for (RealisedExchange e : r.exchanges()) {
                out.add("  " + e.order() + ". " + move(e.i()) + "; in return " + move(e.j()) + "; gain "
                        + num(e.gain()) + " each (" + rate(e.rate()) + (e.tiedWith() > 0 ? ", chosen by creation "
                        + "order among " + (e.tiedWith() + 1) + " equal gains" : "") + ")");
            }
            out.add("Round " + r.round() + " outcome on the voting positions: " + outcomes(r.outcome()) + "; "
                    + r.exchanges().size() + " exchanges realised" + (r.ties() > 0 ? ", " + r.ties()
                    + " ties broken by creation order" : ""));
        }
        return out;
    }

    private static String move(ExchangeMove m) {
        return m.actor() + " moves on " + m.supply() + " " + num(m.from()) + " -> " + num(m.to()) + " (outcome "
                + (m.shift() >= 0 ? "+" : "") + num(m.shift()) + ")";
    }

    private static String rate(String rate) {
        return switch (rate) {
            case "j-full" -> "J moves all the way";
            case "i-full" -> "I moves all the way";
            default -> "cut where the outcome meets the partner's position";
        };
    }

    private static String outcomes(Map<String, Double> o) {
        List<String> parts = new ArrayList<>();
        o.forEach((issue, v) -> parts.add(issue + " " + num(v)));
        return String.join(", ", parts);
    }

    private static String num(double v) {
        return ScenarioValidator.num(v, 4);
    }
}
