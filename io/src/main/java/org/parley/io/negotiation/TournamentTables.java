package org.parley.io.negotiation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parley.core.negotiation.tournament.DomainSummary;
import org.parley.core.negotiation.tournament.NegotiatorSummary;
import org.parley.core.negotiation.tournament.PairingSummary;
import org.parley.core.negotiation.tournament.SessionRow;
import org.parley.core.negotiation.tournament.Statistic;
import org.parley.core.negotiation.tournament.TournamentResult;
import org.parley.io.AtomicFiles;
import org.parley.io.json.ResultJson;

/**
 * A tournament's tables as CSV (full precision, one header row; formats in docs/formats/tournament.md):
 * {@code sessions.csv} (one row per session), {@code negotiators.csv}, {@code domains.csv}, {@code pairings.csv},
 * and the whole result as {@code tournament.json}. Written atomically into a folder.
 */
public final class TournamentTables {

    private static final CsvMapper CSV = new CsvMapper();

    private TournamentTables() {
    }

    /** Writes every table and the JSON document into {@code dir}; returns the files written. */
    public static List<Path> write(TournamentResult r, Path dir) {
        List<Path> out = new ArrayList<>();
        out.add(put(dir.resolve("sessions.csv"), sessions(r)));
        out.add(put(dir.resolve("negotiators.csv"), negotiators(r)));
        out.add(put(dir.resolve("domains.csv"), domains(r)));
        out.add(put(dir.resolve("pairings.csv"), pairings(r)));
        out.add(put(dir.resolve("tournament.json"), ResultJson.write(r)));
        return out;
    }

    private static Path put(Path p, String text) {
        AtomicFiles.write(p, text);
        return p;
    }

    /** One row per session: cell, domain, repetition, seed, outcome, metrics, negotiator and utilities per role. */
    public static String sessions(TournamentResult r) {
        int roles = r.rows().stream().mapToInt(x -> x.negotiators().size()).max().orElse(2);
        List<String> header = new ArrayList<>(Arrays.asList("cell", "domain", "repetition", "seed", "agreement",
                "termination", "rounds", "time", "social_welfare", "product_of_gains", "pareto_distance",
                "nash_distance", "pareto_optimal", "in_zone"));
        for (int k = 1; k <= roles; k++) {
            header.addAll(List.of("negotiator_" + k, "utility_" + k, "discounted_" + k));
        }
        header.add("reason");
        List<List<Object>> rows = new ArrayList<>();
        for (SessionRow s : r.rows()) {
            List<Object> row = new ArrayList<>(Arrays.asList(s.cell(), s.domain(), s.repetition(), s.seed(),
                    s.agreement(), s.termination().name().toLowerCase(java.util.Locale.ROOT), s.rounds(), s.time(),
                    s.socialWelfare(), s.productOfGains(), s.paretoDistance(), s.nashDistance(), s.paretoOptimal(),
                    s.inZone()));
            for (int k = 0; k < roles; k++) {
                boolean has = k < s.negotiators().size();
                row.add(has ? s.negotiators().get(k) : null);
                row.add(has ? s.utilities().get(k) : null);
                row.add(has ? s.discountedUtilities().get(k) : null);
            }
            row.add(s.reason());
            rows.add(row);
        }
        return csv(header, rows);
    }

    /** One row per negotiator: sessions, agreement rate, mean and sd of each measure. */
    public static String negotiators(TournamentResult r) {
        List<String> header = new ArrayList<>(List.of("negotiator", "sessions", "agreements", "agreement_rate"));
        stats(header, "utility", "discounted_utility", "utility_first_mover", "utility_other_roles",
                "social_welfare", "pareto_distance", "nash_distance", "rounds");
        List<List<Object>> rows = new ArrayList<>();
        for (NegotiatorSummary s : r.perNegotiator()) {
            List<Object> row = new ArrayList<>(Arrays.asList(s.negotiator(), s.sessions(), s.agreements(),
                    s.agreementRate()));
            values(row, s.utility(), s.discountedUtility(), s.utilityFirstMover(), s.utilityOtherRoles(),
                    s.socialWelfare(), s.paretoDistance(), s.nashDistance(), s.rounds());
            rows.add(row);
        }
        return csv(header, rows);
    }

    /** One row per domain: outcomes, frontier size, sessions, agreement rate, mean and sd of each measure. */
    public static String domains(TournamentResult r) {
        List<String> header = new ArrayList<>(List.of("domain", "parties", "outcomes", "frontier_points",
                "sessions", "agreements", "agreement_rate"));
        stats(header, "social_welfare", "pareto_distance", "nash_distance", "rounds");
        List<List<Object>> rows = new ArrayList<>();
        for (DomainSummary s : r.perDomain()) {
            List<Object> row = new ArrayList<>(Arrays.asList(s.domain(), String.join(" ", s.reference().parties()),
                    s.reference().outcomes(), s.reference().frontierPoints(), s.sessions(), s.agreements(),
                    s.agreementRate()));
            values(row, s.socialWelfare(), s.paretoDistance(), s.nashDistance(), s.rounds());
            rows.add(row);
        }
        return csv(header, rows);
    }

    /** One row per pairing (set of negotiators): sessions, agreement rate, welfare, distance to Nash, utilities. */
    public static String pairings(TournamentResult r) {
        List<String> header = new ArrayList<>(List.of("negotiators", "sessions", "agreements", "agreement_rate"));
        stats(header, "social_welfare", "nash_distance");
        header.add("mean_utilities");
        List<List<Object>> rows = new ArrayList<>();
        for (PairingSummary s : r.perPairing()) {
            List<Object> row = new ArrayList<>(Arrays.asList(String.join(" + ", s.negotiators()), s.sessions(),
                    s.agreements(), s.agreementRate()));
            values(row, s.socialWelfare(), s.nashDistance());
            List<String> us = new ArrayList<>();
            s.utility().forEach(u -> us.add(String.valueOf(u.mean())));
            row.add(String.join(" ", us));
            rows.add(row);
        }
        return csv(header, rows);
    }

    private static void stats(List<String> header, String... names) {
        for (String n : names) {
            header.add(n + "_mean");
            header.add(n + "_sd");
        }
    }

    private static void values(List<Object> row, Statistic... stats) {
        for (Statistic s : stats) {
            row.add(s.mean());
            row.add(s.sd());
        }
    }

    private static String csv(List<String> header, List<List<Object>> rows) {
        CsvSchema.Builder b = CsvSchema.builder();
        header.forEach(b::addColumn);
        try {
            return CSV.writer(b.build().withHeader()).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
