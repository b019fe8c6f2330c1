package org.parley.io.genius;

import java.util.List;
import org.parley.core.outcomes.OutcomeSpace;

/** A GENIUS domain: its outcome space and the file's {@code index} of each issue (weights and bounds use it). */
public record GeniusDomain(OutcomeSpace space, List<Integer> indices) {

    public GeniusDomain {
        indices = List.copyOf(indices);
    }

    /** The position (0-based) of the issue with GENIUS index {@code index}, or -1. */
    public int position(int index) {
        return indices.indexOf(index);
    }
}
