package org.parley.core.backtest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Stance;

/**
 * A data set of decided issues for backtesting (DEU III or a user's own): the actors in column order, the usable
 * issues in file order, the issues left out with the reason, and the capability vectors the data carries by name
 * (DEU III: {@code gdp}).
 */
public record OutcomeDataset(String name, List<String> actors, List<OutcomeIssue> issues, List<ExcludedIssue> excluded,
                             Map<String, Capabilities> capabilitySets) {

    public OutcomeDataset {
        actors = List.copyOf(actors);
        issues = List.copyOf(issues);
        excluded = List.copyOf(excluded);
        capabilitySets = Collections.unmodifiableMap(new LinkedHashMap<>(capabilitySets));
    }

    /** The proposals in order of first appearance. */
    public List<String> proposals() {
        Set<String> out = new LinkedHashSet<>();
        for (OutcomeIssue i : issues) {
            out.add(i.proposal());
        }
        return List.copyOf(out);
    }

    /** The issues grouped by proposal, proposals in order of first appearance, issues in file order. */
    public Map<String, List<OutcomeIssue>> byProposal() {
        Map<String, List<OutcomeIssue>> out = new LinkedHashMap<>();
        for (OutcomeIssue i : issues) {
            out.computeIfAbsent(i.proposal(), k -> new ArrayList<>()).add(i);
        }
        Map<String, List<OutcomeIssue>> frozen = new LinkedHashMap<>();
        out.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(frozen);
    }

    /** A copy holding only the given issues (same actors and capability sets). */
    public OutcomeDataset withIssues(List<OutcomeIssue> kept) {
        return new OutcomeDataset(name, actors, kept, excluded, capabilitySets);
    }

    /**
     * The multi-issue scenario of one proposal's issues: every actor with a positive salience on at least one of
     * them, with a stance on each issue it took part in. What the models that trade across issues (exchange, SMP)
     * forecast. An actor whose saliences are all 0 is left out: it weighs nothing in either model, and a valid
     * scenario needs a positive salience per actor (SMP's contest probabilities are 0/0 between two such actors).
     */
    public static Scenario proposalScenario(String proposal, List<OutcomeIssue> issues, Capabilities capabilities) {
        List<Issue> parleyIssues = issues.stream().map(OutcomeIssue::asIssue).toList();
        Map<String, Map<String, Stance>> stances = new LinkedHashMap<>();
        for (OutcomeIssue i : issues) {
            for (Stand s : i.stands()) {
                stances.computeIfAbsent(s.actor(), k -> new LinkedHashMap<>())
                        .put(i.id(), Stance.of(s.position(), s.salience()));
            }
        }
        List<Actor> actors = new ArrayList<>();
        stances.forEach((actor, st) -> {
            if (st.values().stream().anyMatch(x -> x.salience() > 0)) {
                actors.add(Actor.of(actor, capabilities.of(actor), st));
            }
        });
        return new Scenario(proposal, null, null, null, List.of(), parleyIssues, actors, List.of());
    }
}
