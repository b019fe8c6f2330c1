package org.parley.core.negotiation.tournament;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parley.core.scenario.ScenarioValidator;

/** A tournament in plain words: its size, the agreement rate, and who did best (rounded here, not in the result). */
public final class TournamentStatements {

    private TournamentStatements() {
    }

    /** Decimals for utilities: 1 when every domain is on 0..100 (Parley scenarios), else 3. */
    public static int decimals(TournamentResult r) {
        return r.perDomain().stream().mapToInt(x -> x.reference().decimals()).max().orElse(1);
    }

    /** The sentences about {@code r}. */
    public static List<String> of(TournamentResult r) {
        List<String> out = new ArrayList<>();
        TournamentConfig c = r.config();
        int d = decimals(r);
        long agreed = r.rows().stream().filter(SessionRow::agreement).count();
        out.add(r.sessions() + " sessions: " + r.negotiators().size() + " negotiators on " + r.perDomain().size()
                + (r.perDomain().size() == 1 ? " domain" : " domains") + ", every role assignment"
                + (c.selfPlay() ? " (self-play included)" : "") + ", " + c.repetitions()
                + (c.repetitions() == 1 ? " repetition" : " repetitions") + "; " + c.protocol().toUpperCase(
                java.util.Locale.ROOT) + ", deadline " + c.deadline().describe() + ", seed " + c.seed() + ".");
        if (!r.rows().isEmpty()) {
            out.add("Agreement in " + agreed + " of " + r.rows().size() + " sessions ("
                    + ScenarioValidator.num(100.0 * agreed / r.rows().size(), 1) + "%).");
        }
        r.perNegotiator().stream().filter(s -> s.utility().mean() != null)
                .max(Comparator.comparingDouble(s -> s.utility().mean()))
                .ifPresent(s -> out.add("Highest mean utility: " + s.negotiator() + " ("
                        + ScenarioValidator.num(s.utility().mean(), d) + ", sd "
                        + ScenarioValidator.num(s.utility().sd(), d) + ")."));
        r.perNegotiator().stream().filter(s -> s.nashDistance().mean() != null)
                .min(Comparator.comparingDouble(s -> s.nashDistance().mean()))
                .ifPresent(s -> out.add("Closest to the Nash point on average: " + s.negotiator() + " ("
                        + ScenarioValidator.num(s.nashDistance().mean(), d + 1) + ")."));
        r.perNegotiator().stream().max(Comparator.comparingDouble(NegotiatorSummary::agreementRate))
                .ifPresent(s -> out.add("Most agreements: " + s.negotiator() + " ("
                        + ScenarioValidator.num(100 * s.agreementRate(), 1) + "% of its sessions)."));
        return out;
    }
}
