package org.parley.core.deals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.parley.core.outcomes.DomainIssue;
import org.parley.core.outcomes.OutcomeSpace;
import org.parley.core.preferences.AdditiveProfile;
import org.parley.core.preferences.Profile;

/** Small random additive deal spaces for property tests, with utilities on a coarse grid so that ties occur. */
final class RandomDomains {

    private RandomDomains() {
    }

    static DealSpace additive(long seed, int parties) {
        SplittableRandom r = new SplittableRandom(seed);
        int dims = 1 + r.nextInt(4);
        List<DomainIssue> issues = new ArrayList<>();
        for (int k = 0; k < dims; k++) {
            int n = 1 + r.nextInt(5);
            List<String> labels = new ArrayList<>();
            for (int v = 0; v < n; v++) {
                labels.add("v" + v);
            }
            issues.add(DomainIssue.discrete("i" + k, labels));
        }
        OutcomeSpace space = new OutcomeSpace("random", issues);
        List<Profile> profiles = new ArrayList<>();
        for (int i = 0; i < parties; i++) {
            double[] w = new double[dims];
            double sum = 0;
            for (int k = 0; k < dims; k++) {
                w[k] = 1 + r.nextInt(4);
                sum += w[k];
            }
            double[][] e = new double[dims][];
            for (int k = 0; k < dims; k++) {
                w[k] /= sum;
                e[k] = new double[issues.get(k).size()];
                for (int v = 0; v < e[k].length; v++) {
                    e[k][v] = r.nextInt(5) / 4.0;
                }
            }
            profiles.add(AdditiveProfile.weighted("p" + i, w, e, r.nextInt(3) / 4.0, 1, null));
        }
        return new DealSpace("random", space, profiles, 1);
    }
}
