package org.parley.core.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A negotiation: issues, actors with their stances, candidate packages, and the sources behind them; optionally the
 * catastrophes that may strike while there is no deal, the uncertainty of the judgements, and how a package may be
 * phased. Build it with {@link ScenarioValidator#check(Scenario)} in front of any analysis; the record itself checks
 * nothing.
 */
public record Scenario(String name, String asOf, String description, Loss loss, List<Source> sources,
                       List<Issue> issues, List<Actor> actors, List<Package> packages,
                       List<Catastrophe> catastrophes, Uncertainty uncertainty, Phasing phasing) {

    public Scenario {
        loss = loss == null ? Loss.LINEAR : loss;
        sources = sources == null ? List.of() : List.copyOf(sources);
        issues = issues == null ? List.of() : List.copyOf(issues);
        actors = actors == null ? List.of() : List.copyOf(actors);
        packages = packages == null ? List.of() : List.copyOf(packages);
        catastrophes = catastrophes == null ? List.of() : List.copyOf(catastrophes);
        uncertainty = uncertainty == null ? Uncertainty.none() : uncertainty;
    }

    /** A scenario without catastrophes, uncertainty or phasing. */
    public Scenario(String name, String asOf, String description, Loss loss, List<Source> sources,
                    List<Issue> issues, List<Actor> actors, List<Package> packages) {
        this(name, asOf, description, loss, sources, issues, actors, packages, List.of(), Uncertainty.none(), null);
    }

    /** A scenario without a phasing section. */
    public Scenario(String name, String asOf, String description, Loss loss, List<Source> sources,
                    List<Issue> issues, List<Actor> actors, List<Package> packages, List<Catastrophe> catastrophes,
                    Uncertainty uncertainty) {
        this(name, asOf, description, loss, sources, issues, actors, packages, catastrophes, uncertainty, null);
    }

    /** A scenario without catastrophes or uncertainty. */
    public Scenario(String name, String asOf, String description, Loss loss, List<Source> sources,
                    List<Issue> issues, List<Actor> actors, List<Package> packages, Phasing phasing) {
        this(name, asOf, description, loss, sources, issues, actors, packages, List.of(), Uncertainty.none(), phasing);
    }

    /** The issue with the given id (lookups tolerate items without an id: the record is not yet validated). */
    public Optional<Issue> issue(String id) {
        return issues.stream().filter(i -> Objects.equals(i.id(), id)).findFirst();
    }

    /** The actor with the given id. */
    public Optional<Actor> actor(String id) {
        return actors.stream().filter(a -> Objects.equals(a.id(), id)).findFirst();
    }

    /** The package with the given id. */
    public Optional<Package> pkg(String id) {
        return packages.stream().filter(p -> Objects.equals(p.id(), id)).findFirst();
    }

    /** The index of the issue with the given id, or -1. */
    public int issueIndex(String id) {
        for (int d = 0; d < issues.size(); d++) {
            if (Objects.equals(issues.get(d).id(), id)) {
                return d;
            }
        }
        return -1;
    }

    /** The catastrophe with the given id. */
    public Optional<Catastrophe> catastrophe(String id) {
        return catastrophes.stream().filter(c -> Objects.equals(c.id(), id)).findFirst();
    }

    /** A copy with other actors. */
    public Scenario withActors(List<Actor> a) {
        return new Scenario(name, asOf, description, loss, sources, issues, a, packages, catastrophes, uncertainty,
                phasing);
    }

    /** A copy with other packages. */
    public Scenario withPackages(List<Package> p) {
        return new Scenario(name, asOf, description, loss, sources, issues, actors, p, catastrophes, uncertainty,
                phasing);
    }

    /** A copy with other issues. */
    public Scenario withIssues(List<Issue> i) {
        return new Scenario(name, asOf, description, loss, sources, i, actors, packages, catastrophes, uncertainty,
                phasing);
    }

    /** A copy with other catastrophes. */
    public Scenario withCatastrophes(List<Catastrophe> c) {
        return new Scenario(name, asOf, description, loss, sources, issues, actors, packages, c, uncertainty, phasing);
    }

    /** A copy with another uncertainty section. */
    public Scenario withUncertainty(Uncertainty u) {
        return new Scenario(name, asOf, description, loss, sources, issues, actors, packages, catastrophes, u, phasing);
    }
}
