package org.parley.core.deals;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.parley.core.outcomes.DomainIssue;
import org.parley.core.outcomes.OutcomeSpace;
import org.parley.core.preferences.HyperRectangleProfile;
import org.parley.core.preferences.Profile;
import org.parley.core.preferences.UtilityTree;

/**
 * Compresses an outcome space for hyper-rectangle profiles: on each issue, values that no rectangle bound of any
 * profile tells apart form one class, so an outcome's utilities depend only on its classes. The compressed space
 * has one value (the first of the class) per class, and every compressed outcome stands for the product of its
 * class sizes. The bundled S-1NIKFRT-1 domain shrinks from 10^10 to 38,707,200 outcomes this way, so its frontier
 * can be computed exactly by brute force.
 */
public record ValueClasses(OutcomeSpace compressed, int[][] representative, long[][] size,
                           List<Profile> profiles) {

    /** The classes of {@code space} under {@code profiles}. */
    public static ValueClasses of(OutcomeSpace space, List<HyperRectangleProfile> profiles) {
        int dims = space.dimension();
        List<TreeSet<Integer>> cuts = new ArrayList<>();
        for (int k = 0; k < dims; k++) {
            cuts.add(new TreeSet<>());
        }
        for (HyperRectangleProfile p : profiles) {
            for (UtilityTree.Rectangle r : p.rectangles()) {
                for (int b = 0; b < r.issue().length; b++) {
                    cuts.get(r.issue()[b]).add(r.min()[b]);
                    cuts.get(r.issue()[b]).add(r.max()[b] + 1);
                }
            }
        }
        int[][] rep = new int[dims][];
        long[][] size = new long[dims][];
        int[][] classOf = new int[dims][];
        List<DomainIssue> issues = new ArrayList<>();
        for (int k = 0; k < dims; k++) {
            DomainIssue issue = space.issues().get(k);
            int n = issue.size();
            classOf[k] = new int[n];
            List<Integer> reps = new ArrayList<>();
            List<Long> sizes = new ArrayList<>();
            for (int v = 0; v < n; v++) {
                if (v == 0 || cuts.get(k).contains(v)) {
                    reps.add(v);
                    sizes.add(0L);
                }
                classOf[k][v] = reps.size() - 1;
                sizes.set(reps.size() - 1, sizes.get(reps.size() - 1) + 1);
            }
            rep[k] = reps.stream().mapToInt(Integer::intValue).toArray();
            size[k] = sizes.stream().mapToLong(Long::longValue).toArray();
            List<String> labels = new ArrayList<>();
            for (int v : rep[k]) {
                labels.add(issue.label(v));
            }
            issues.add(DomainIssue.discrete(issue.name(), labels));
        }
        List<Profile> mapped = new ArrayList<>();
        for (HyperRectangleProfile p : profiles) {
            mapped.add(new HyperRectangleProfile(p.name(), remap(p.root(), classOf), p.maxUtility(),
                    p.reservationValue(), p.discountFactor()));
        }
        return new ValueClasses(new OutcomeSpace(space.name(), issues), rep, size, mapped);
    }

    private static UtilityTree remap(UtilityTree t, int[][] classOf) {
        List<UtilityTree.Rectangle> rects = new ArrayList<>();
        for (UtilityTree.Rectangle r : t.rectangles()) {
            int[] min = new int[r.issue().length];
            int[] max = new int[r.issue().length];
            for (int b = 0; b < min.length; b++) {
                int[] c = classOf[r.issue()[b]];
                min[b] = r.min()[b] < 0 ? -1 : r.min()[b] >= c.length ? c[c.length - 1] + 1 : c[r.min()[b]];
                max[b] = r.max()[b] < 0 ? -1 : r.max()[b] >= c.length ? c[c.length - 1] : c[r.max()[b]];
            }
            rects.add(new UtilityTree.Rectangle(r.value(), r.excludes(), r.issue(), min, max));
        }
        List<UtilityTree> children = new ArrayList<>();
        for (UtilityTree c : t.children()) {
            children.add(remap(c, classOf));
        }
        return new UtilityTree(t.aggregation(), t.weight(), rects, children);
    }

    /** The number of original outcomes a compressed outcome stands for. */
    public long multiplicity(int[] o) {
        long m = 1;
        for (int k = 0; k < o.length; k++) {
            m *= size[k][o[k]];
        }
        return m;
    }

    /** A compressed outcome as an outcome of the original space (the classes' first values). */
    public int[] original(int[] o) {
        int[] x = new int[o.length];
        for (int k = 0; k < o.length; k++) {
            x[k] = representative[k][o[k]];
        }
        return x;
    }
}
