package org.parley.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.core.deals.DealPoint;
import org.parley.core.deals.DealSpaceResult;
import org.parley.core.deals.FrontierSummary;
import org.parley.core.text.Decimals;

/** A deal-space result as text tables: size, disagreement point, frontier, solutions, zone, continuous solutions. */
final class DealsText {

    private DealsText() {
    }

    /** The result as text; at most {@code maxRows} frontier rows. {@code scale} is the utility scale (1 or 100). */
    static <V> String render(DealSpaceResult<V> r, double scale, int maxRows) {
        StringBuilder b = new StringBuilder();
        int dec = scale > 1 ? 1 : 4;
        b.append(r.outcomes()).append(" outcomes, ").append(r.parties().size()).append(" parties: ")
                .append(String.join(", ", r.parties())).append('\n');
        b.append("Disagreement point d: ").append(tuple(r.disagreement(), dec)).append('\n');
        FrontierSummary<V> all = r.pareto();
        FrontierSummary<V> rational = r.rational();
        b.append("Pareto frontier over all outcomes: ").append(all.points()).append(" points (")
                .append(all.outcomesOnFrontier()).append(" outcomes); over rational outcomes only: ")
                .append(rational.points()).append(" points (").append(rational.outcomesOnFrontier())
                .append(" outcomes). Algorithm: ").append(all.algorithm()).append(", ties within eps = ")
                .append(Decimals.plain(all.eps())).append(".\n");
        FrontierSummary<V> shown = r.params().rationalOnly() ? rational : all;
        if (shown.frontier() != null) {
            List<String> header = new ArrayList<>(r.parties());
            header.add("outcomes");
            header.add("example outcome");
            TextTable t = new TextTable(header);
            int rows = 0;
            for (DealPoint<V> p : shown.frontier()) {
                if (rows++ >= maxRows) {
                    break;
                }
                List<String> row = new ArrayList<>();
                p.utilities().values().forEach(u -> row.add(Decimals.fixed(u, dec)));
                row.add(Long.toString(p.outcomes()));
                row.add(words(p.outcome()));
                t.row(row);
            }
            b.append(r.params().rationalOnly() ? "Rational frontier" : "Frontier")
                    .append(shown.points() > maxRows ? " (first " + maxRows + " points; --json lists all)" : "")
                    .append('\n').append(t).append('\n');
        }
        if (!r.solutions().isEmpty()) {
            List<String> sh = new ArrayList<>(List.of("solution"));
            sh.addAll(r.parties());
            sh.add("outcome");
            TextTable st = new TextTable(sh);
            r.solutions().forEach((name, s) -> {
                List<String> row = new ArrayList<>(List.of(name));
                s.utilities().values().forEach(u -> row.add(Decimals.fixed(u, dec)));
                row.add(words(s.outcome()));
                st.row(row);
            });
            b.append("Bargaining solutions on the frontier\n").append(st).append('\n');
        }
        if (r.zopa() != null) {
            b.append("Zone of agreement (every party at or above its reservation value): ").append(r.zopa().outcomes())
                    .append(" of ").append(r.outcomes()).append(" outcomes (")
                    .append(Decimals.percent(r.zopa().share(), 2)).append(")\n");
        }
        for (String n : r.notes()) {
            b.append("Note: ").append(n).append('\n');
        }
        return b.toString();
    }

    /** The continuous solutions of a scenario next to the grid's best, one row each. */
    static String continuous(DealSpaceResult<Double> r, List<String> issues, boolean linear) {
        if (r.continuous() == null || r.continuous().isEmpty()) {
            return linear ? "" : "Continuous solutions: computed for linear loss only; the grid solutions above "
                    + "stand.\n\n";
        }
        List<String> header = new ArrayList<>(List.of("solution (continuous)"));
        header.addAll(r.parties());
        header.add("grid best");
        header.addAll(issues);
        TextTable t = new TextTable(header);
        r.continuous().forEach((name, c) -> {
            List<String> row = new ArrayList<>(List.of(name));
            c.utilities().values().forEach(u -> row.add(Decimals.fixed(u, 1)));
            var g = r.solutions().get(name);
            List<String> gu = new ArrayList<>();
            if (g != null) {
                g.utilities().values().forEach(u -> gu.add(Decimals.fixed(u, 1)));
            }
            row.add(String.join("/", gu));
            c.outcome().values().forEach(x -> row.add(Decimals.fixed(x, 1)));
            t.row(row);
        });
        return "Solutions over the continuous issue space (exact; grid best for comparison)\n" + t + "\n";
    }

    static <V> String words(Map<String, V> outcome) {
        List<String> parts = new ArrayList<>();
        outcome.forEach((k, v) -> parts.add(k + "=" + (v instanceof Double x ? Decimals.upTo(x, 6) : v)));
        return String.join(", ", parts);
    }

    private static String tuple(Map<String, Double> u, int dec) {
        List<String> parts = new ArrayList<>();
        u.values().forEach(x -> parts.add(Decimals.fixed(x, dec)));
        return "(" + String.join(", ", parts) + ")";
    }
}
