package org.parley.core.verdict;

import java.util.List;
import java.util.Map;

/**
 * A change of a package's terms that makes every veto party accept it: the issues changed, each one's value before
 * and after (issue units), the distance moved (weighted Euclidean, each issue's scale counted as 0-100 points, with
 * the repair weights), every veto party's margin afterwards, and the non-veto actors that still reject it.
 */
public record IssueFix(List<String> issues, Map<String, Double> from, Map<String, Double> to, double distance,
                       Map<String, Double> vetoMargins, List<String> stillRejecting) {

    public IssueFix {
        issues = List.copyOf(issues);
        from = Records.copy(from);
        to = Records.copy(to);
        vetoMargins = Records.copy(vetoMargins);
        stillRejecting = List.copyOf(stillRejecting);
    }
}
