package org.parley.core.uncertainty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Levers for one actor: the single changes that raise its utility (with its own, unchanged preferences) of the
 * forecast outcome or of a package most, each with the change, the effect and the effect per point of change
 * (per 1 % of the issue's scale for positions and terms, per salience point), best first.
 */
public record Advice(String actor, String model, Map<String, String> params, double step, double utility,
                     Map<String, Double> forecast, List<Lever> levers, List<String> notes) {

    public Advice {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        forecast = Collections.unmodifiableMap(new LinkedHashMap<>(forecast));
        levers = List.copyOf(levers);
        notes = List.copyOf(notes);
    }

    /** What a lever changes. */
    public enum Kind {
        /** The actor advocates another position on an issue. */
        OWN_POSITION,
        /** The actor puts more weight (salience) on an issue. */
        OWN_SALIENCE,
        /** The actor persuades another actor to move its position. */
        PERSUADE,
        /** A package's term on one issue is changed. */
        PACKAGE_TERM
    }

    /**
     * One lever: its kind, the input it changes ({@code path}), the issue, the actor persuaded or the package
     * changed ({@code target}), the value before and after, the effect on the actor's utility (of the forecast, or of
     * the package), the effect per point of change, how the effect was found ({@code closed form} or
     * {@code simulation}), and for package terms whether every veto party accepts the package before and after.
     */
    public record Lever(Kind kind, String path, String issue, String target, double from, double to, double effect,
                        double perPoint, String method, Boolean acceptedBefore, Boolean acceptedAfter) {
    }
}
