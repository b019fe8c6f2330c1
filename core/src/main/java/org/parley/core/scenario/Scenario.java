package org.parley.core.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A negotiation: issues, actors with their stances, candidate packages, the sources behind them and, optionally,
 * how a package may be phased. Build it with {@link ScenarioValidator#check(Scenario)} in front of any analysis;
 * the record itself checks nothing.
 */
public record Scenario(String name, String asOf, String description, Loss loss, List<Source> sources,
                       List<Issue> issues, List<Actor> actors, List<Package> packages, Phasing phasing) {

    public Scenario {
        loss = loss == null ? Loss.LINEAR : loss;
        sources = sources == null ? List.of() : List.copyOf(sources);
        issues = issues == null ? List.of() : List.copyOf(issues);
        actors = actors == null ? List.of() : List.copyOf(actors);
        packages = packages == null ? List.of() : List.copyOf(packages);
    }

    /** A scenario without a phasing section (the components before phasing was added). */
    public Scenario(String name, String asOf, String description, Loss loss, List<Source> sources,
                    List<Issue> issues, List<Actor> actors, List<Package> packages) {
        this(name, asOf, description, loss, sources, issues, actors, packages, null);
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

    /** A copy with other actors. */
    public Scenario withActors(List<Actor> a) {
        return new Scenario(name, asOf, description, loss, sources, issues, a, packages, phasing);
    }

    /** A copy with other packages. */
    public Scenario withPackages(List<Package> p) {
        return new Scenario(name, asOf, description, loss, sources, issues, actors, p, phasing);
    }
}
