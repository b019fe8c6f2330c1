package org.parley.core.negotiation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.parley.core.deals.DealSpace;
import org.parley.core.outcomes.DomainIssue;
import org.parley.core.outcomes.OutcomeSpace;
import org.parley.core.preferences.AdditiveProfile;
import org.parley.core.preferences.Profile;

/** Small domains for the negotiation tests: random additive ones (utilities on a coarse grid, so ties occur). */
public final class TestDomains {

    private TestDomains() {
    }

    /** A random additive space of 1 to {@code maxIssues} issues with 1 to {@code maxValues} values each. */
    public static DealSpace additive(long seed, int parties, int maxIssues, int maxValues, double rvMax) {
        SplittableRandom r = new SplittableRandom(seed);
        int dims = 1 + r.nextInt(maxIssues);
        List<DomainIssue> issues = new ArrayList<>();
        for (int k = 0; k < dims; k++) {
            int n = 1 + r.nextInt(maxValues);
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
            profiles.add(AdditiveProfile.weighted("p" + i, w, e, rvMax * r.nextInt(3) / 2.0, 1, null));
        }
        return new DealSpace("random", space, profiles, 1);
    }

    /**
     * A buyer-seller domain of {@code issues} issues with {@code values} values each: the buyer prefers low values,
     * the seller high ones, with different issue weights (so trade-offs exist). Reservation values as given.
     */
    public static DealSpace opposed(int issues, int values, double rvBuyer, double rvSeller, double discount) {
        List<DomainIssue> is = new ArrayList<>();
        for (int k = 0; k < issues; k++) {
            List<String> labels = new ArrayList<>();
            for (int v = 0; v < values; v++) {
                labels.add(Integer.toString(v));
            }
            is.add(DomainIssue.discrete("x" + k, labels));
        }
        double[] wb = new double[issues];
        double[] ws = new double[issues];
        double sb = 0;
        double ss = 0;
        for (int k = 0; k < issues; k++) {
            wb[k] = k + 1;
            ws[k] = issues - k;
            sb += wb[k];
            ss += ws[k];
        }
        double[][] eb = new double[issues][values];
        double[][] es = new double[issues][values];
        for (int k = 0; k < issues; k++) {
            wb[k] /= sb;
            ws[k] /= ss;
            for (int v = 0; v < values; v++) {
                eb[k][v] = 1 - (double) v / (values - 1);
                es[k][v] = (double) v / (values - 1);
            }
        }
        return new DealSpace("opposed", new OutcomeSpace("opposed", is), List.of(
                AdditiveProfile.weighted("buyer", wb, eb, rvBuyer, discount, null),
                AdditiveProfile.weighted("seller", ws, es, rvSeller, discount, null)), 1);
    }
}
