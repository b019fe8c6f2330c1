package org.parley.core.scenario;

import java.util.List;

/** An actor's stance on one issue: the position it advocates, how much it cares (salience 0..100), and why. */
public record Stance(double position, double salience, String note, Basis basis, List<String> sources) {

    public Stance {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** A copy with another position and salience, keeping the annotations. */
    public Stance with(double newPosition, double newSalience) {
        return new Stance(newPosition, newSalience, note, basis, sources);
    }

    /** A bare stance without annotations. */
    public static Stance of(double position, double salience) {
        return new Stance(position, salience, null, null, List.of());
    }
}
