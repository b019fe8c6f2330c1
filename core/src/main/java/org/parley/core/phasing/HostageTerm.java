package org.parley.core.phasing;

import java.util.List;

/**
 * A reversible term that could carry a hostage for a party: conceded by others, valued by the party
 * ({@code perUnit} utility points a year per unit of the issue's scale), the units it would take beyond the
 * package ({@code needed}), and the units left between the package's value and the party's ideal ({@code room}).
 */
public record HostageTerm(String issue, List<String> concededBy, double perUnit, double needed, double room) {

    public HostageTerm {
        concededBy = List.copyOf(concededBy);
    }

    /** Whether the term has room for the whole hostage. */
    public boolean suffices() {
        return needed <= room + 1e-9;
    }
}
