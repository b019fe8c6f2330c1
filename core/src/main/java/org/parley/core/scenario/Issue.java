package org.parley.core.scenario;

import java.util.Comparator;
import java.util.List;

/**
 * One dimension of the negotiation: an id, a scale, labelled anchors and, optionally, the status quo
 * (the outcome if no agreement is reached and the issue is left as it stands). For phased agreements: the actors
 * whose concession a move toward a package is ({@code concededBy}), whether the term can be taken back once
 * granted ({@code reversible}, such as sanctions relief), and the rationale for both ({@code concessionNote}).
 */
public record Issue(String id, String name, String description, Scale scale, List<Anchor> anchors,
                    Double statusQuo, String note, List<String> concededBy, boolean reversible,
                    String concessionNote) {

    public Issue {
        anchors = anchors == null ? List.of()
                : anchors.stream().sorted(Comparator.comparingDouble(Anchor::value)).toList();
        concededBy = concededBy == null ? List.of() : List.copyOf(concededBy);
    }

    /** An issue without concession marks (the components before phasing was added). */
    public Issue(String id, String name, String description, Scale scale, List<Anchor> anchors, Double statusQuo,
                 String note) {
        this(id, name, description, scale, anchors, statusQuo, note, List.of(), false, null);
    }

    /** An issue with only an id and a scale. */
    public static Issue of(String id, Scale scale) {
        return new Issue(id, null, null, scale, List.of(), null, null);
    }

    /** A copy with another status quo. */
    public Issue withStatusQuo(Double x) {
        return new Issue(id, name, description, scale, anchors, x, note, concededBy, reversible, concessionNote);
    }

    /** A copy with other concession marks. */
    public Issue withConcession(List<String> by, boolean canBeTakenBack, String why) {
        return new Issue(id, name, description, scale, anchors, statusQuo, note, by, canBeTakenBack, why);
    }

    /** The issue's display name: its name, or its id when it has none. */
    public String label() {
        return name == null || name.isBlank() ? id : name;
    }

    /** Whether a status quo is given. */
    public boolean hasStatusQuo() {
        return statusQuo != null;
    }

    /** The anchor nearest to {@code x}, or {@code null} when the issue has no anchors. */
    public Anchor nearestAnchor(double x) {
        Anchor best = null;
        for (Anchor a : anchors) {
            if (best == null || Math.abs(a.value() - x) < Math.abs(best.value() - x)) {
                best = a;
            }
        }
        return best;
    }

    /**
     * {@code x} in the words of the issue's anchors: "about 67 = 23-Feb-2022 line" when an anchor lies within 5% of
     * the scale, otherwise "between" the two anchors around it; empty when the issue has no anchors.
     */
    public String describe(double x) {
        Anchor near = nearestAnchor(x);
        if (near == null) {
            return "";
        }
        if (Math.abs(near.value() - x) <= 0.05 * scale.range()) {
            return "about " + words(near);
        }
        Anchor below = null;
        Anchor above = null;
        for (Anchor a : anchors) {
            if (a.value() <= x) {
                below = a;
            } else if (above == null) {
                above = a;
            }
        }
        if (below != null && above != null) {
            return "between " + words(below) + " and " + words(above);
        }
        return (below != null ? "above " : "below ") + words(near);
    }

    private static String words(Anchor a) {
        return ScenarioValidator.num(a.value()) + " = " + a.label();
    }
}
