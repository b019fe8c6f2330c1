package org.parley.core.negotiation.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.parley.core.exec.BatchRunner;
import org.parley.core.exec.TaskRandom;
import org.parley.core.negotiation.Deadline;
import org.parley.core.negotiation.party.NegotiatorSpec;
import org.parley.core.negotiation.protocol.Protocol;
import org.parley.core.text.Words;

/**
 * Where tactics land: one session for every assignment of the given tactics to the parties ({@code k^n}
 * assignments for {@code k} tactics and {@code n} parties, in lexicographic order, assignment {@code a} with seed
 * {@code TaskRandom.mix(seed, a)}), each summarised against the frontier, the Nash point, the zone of agreement and,
 * on a scenario, the packages.
 */
public record Landscape(String domain, String protocol, Deadline deadline, long seed, List<String> parties,
                        List<String> tactics, List<LandscapeRow> rows, Reference reference) {

    /** The most assignments a landscape runs. */
    public static final int MAX_ASSIGNMENTS = 100_000;

    public Landscape {
        parties = List.copyOf(parties);
        tactics = List.copyOf(tactics);
        rows = List.copyOf(rows);
    }

    /** Runs every assignment of {@code tactics} to the parties of {@code setting} on {@code runner}. */
    public static Landscape of(Setting setting, Protocol protocol, List<NegotiatorSpec> tactics, Deadline deadline,
                               long seed, BatchRunner runner, LongSupplier clock) {
        int n = setting.parties();
        int k = tactics.size();
        double count = Math.pow(k, n);
        if (count > MAX_ASSIGNMENTS) {
            throw new IllegalArgumentException(k + " tactics for " + n + " parties make " + (long) count
                    + " assignments, more than " + MAX_ASSIGNMENTS + "; give fewer tactics");
        }
        List<LandscapeRow> rows = runner.run((int) count, a -> {
            List<NegotiatorSpec> specs = new ArrayList<>(n);
            int rest = a;
            NegotiatorSpec[] chosen = new NegotiatorSpec[n];
            for (int i = n - 1; i >= 0; i--) {
                chosen[i] = tactics.get(rest % k);
                rest /= k;
            }
            for (NegotiatorSpec s : chosen) {
                specs.add(s);
            }
            SessionResult r = Session.run(setting, protocol, specs, deadline, TaskRandom.mix(seed, a), false, clock);
            Landing l = r.landing();
            Double gap = null;
            if (l != null && l.nearestPackage() != null) {
                gap = l.packages().stream().filter(p -> p.id().equals(l.nearestPackage())).findFirst()
                        .map(PackageComparison::gap).orElse(null);
            }
            return new LandscapeRow(r.negotiators(), r.agreement(), r.termination(), r.rounds(), r.bid(),
                    r.utilities(), r.metrics().inZone(), r.metrics().paretoDistance(), r.metrics().nashDistance(),
                    l == null ? null : l.nearestPackage(), gap);
        });
        return new Landscape(setting.name(), protocol.name(), deadline, seed, setting.partyNames(),
                tactics.stream().map(NegotiatorSpec::label).toList(), rows, setting.reference());
    }

    /** The landscape in plain words: how many assignments agree, land in the zone, and how near Nash they come. */
    public List<String> statements() {
        List<String> out = new ArrayList<>();
        long agreed = rows.stream().filter(LandscapeRow::agreement).count();
        long inZone = rows.stream().filter(LandscapeRow::inZone).count();
        out.add(rows.size() + " assignments of " + Words.and(tactics) + " to "
                + Words.and(parties) + ": " + agreed + " agree, " + inZone
                + " inside the zone of agreement.");
        rows.stream().filter(r -> r.nashDistance() != null && r.agreement())
                .min(java.util.Comparator.comparingDouble(LandscapeRow::nashDistance))
                .ifPresent(r -> out.add("Nearest the Nash point: " + assignment(r) + " ("
                        + org.parley.core.scenario.ScenarioValidator.num(r.nashDistance(),
                        reference.decimals() + 1) + " away)."));
        java.util.Map<String, Long> nearest = new java.util.TreeMap<>();
        rows.stream().filter(r -> r.nearestPackage() != null).forEach(r -> nearest.merge(r.nearestPackage(), 1L,
                Long::sum));
        nearest.forEach((p, c) -> out.add(c + " of the agreements lie nearest package " + p + "."));
        return out;
    }

    private String assignment(LandscapeRow r) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            parts.add(parties.get(i) + " " + r.negotiators().get(i));
        }
        return String.join(", ", parts);
    }
}
