package org.parley.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.core.deals.ContinuousPoint;
import org.parley.core.deals.DealReport;
import org.parley.core.deals.FrontierPoint;
import org.parley.core.deals.ParetoFrontier;
import org.parley.core.deals.Solution;
import org.parley.core.outcomes.DomainIssue;
import org.parley.core.outcomes.OutcomeSpace;

/** Renders a deal report as the contract's JSON document (a map) or as text tables. */
final class DealsView {

    private DealsView() {
    }

    /** The JSON document of the contract; {@code extra} keys (packages, continuous, params) are appended. */
    static Map<String, Object> json(DealReport r, OutcomeSpace space, boolean rationalOnly,
                                    Map<String, Object> extra) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("outcomes", r.outcomes());
        doc.put("parties", r.parties());
        Map<String, Object> pareto = new LinkedHashMap<>();
        ParetoFrontier shown = rationalOnly ? r.rational() : r.frontier();
        pareto.put("points", shown.size());
        pareto.put("outcomes_on_frontier", shown.outcomes());
        pareto.put("rational_only", rationalOnly);
        pareto.put("algorithm", r.frontier().algorithm());
        pareto.put("eps", r.frontier().eps());
        if (!r.frontier().stages().isEmpty()) {
            pareto.put("merge_stages", r.frontier().stages());
        }
        pareto.put("frontier", points(shown, r, space));
        Map<String, Object> other = new LinkedHashMap<>();
        ParetoFrontier second = rationalOnly ? r.frontier() : r.rational();
        other.put("points", second.size());
        other.put("outcomes_on_frontier", second.outcomes());
        pareto.put(rationalOnly ? "all_outcomes" : "rational", other);
        doc.put("pareto", pareto);
        Map<String, Object> sol = new LinkedHashMap<>();
        r.solutions().forEach((name, s) -> sol.put(name, solution(s, r, space)));
        doc.put("solutions", sol);
        doc.put("disagreement", utilities(r.disagreement(), r));
        if (r.zopa() != null) {
            Map<String, Object> z = new LinkedHashMap<>();
            z.put("outcomes", r.zopa().outcomes());
            z.put("share", r.zopa().share());
            z.put("rational_frontier_points", r.rational().size());
            if (!r.zopa().empty()) {
                z.put("best", utilities(r.zopa().best(), r));
                z.put("worst", utilities(r.zopa().worst(), r));
            }
            doc.put("zopa", z);
        } else {
            doc.put("zopa", null);
        }
        doc.put("packages", List.of());
        doc.putAll(extra);
        if (!r.notes().isEmpty()) {
            doc.put("notes", r.notes());
        }
        return doc;
    }

    private static List<Object> points(ParetoFrontier f, DealReport r, OutcomeSpace space) {
        List<Object> out = new ArrayList<>();
        for (FrontierPoint p : f.points()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("outcome", outcome(p.outcome(), space));
            m.put("utilities", utilities(p.utilities(), r));
            m.put("outcomes", p.outcomes());
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> solution(Solution s, DealReport r, OutcomeSpace space) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outcome", outcome(s.point().outcome(), space));
        m.put("utilities", utilities(s.point().utilities(), r));
        m.put("objective", s.objective());
        m.put("ties", s.ties().size());
        return m;
    }

    /** An outcome as issue -> value: numbers for numeric issues, labels otherwise. */
    static Map<String, Object> outcome(int[] o, OutcomeSpace space) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int k = 0; k < o.length; k++) {
            DomainIssue i = space.issues().get(k);
            m.put(i.name(), i.numeric() ? (Object) round(i.number(o[k]), 6) : i.label(o[k]));
        }
        return m;
    }

    static Map<String, Double> utilities(double[] u, DealReport r) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < u.length; i++) {
            m.put(r.parties().get(i), round(u[i], r.scale() > 1 ? 4 : 6));
        }
        return m;
    }

    /** A continuous solution as JSON. */
    static Map<String, Object> continuous(ContinuousPoint c, List<String> issues, List<String> parties) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Double> o = new LinkedHashMap<>();
        for (int d = 0; d < issues.size(); d++) {
            o.put(issues.get(d), round(c.outcome()[d], 4));
        }
        Map<String, Double> u = new LinkedHashMap<>();
        for (int k = 0; k < parties.size(); k++) {
            u.put(parties.get(k), round(c.utilities()[k], 4));
        }
        m.put("outcome", o);
        m.put("utilities", u);
        m.put("objective", c.objective());
        if (c.gap() > 0) {
            m.put("certificate_gap", c.gap());
        }
        return m;
    }

    static double round(double x, int decimals) {
        if (!Double.isFinite(x)) {
            return x;
        }
        return java.math.BigDecimal.valueOf(x).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    /** The report as text: size, frontier, solutions, zone. */
    static String text(DealReport r, OutcomeSpace space, boolean rationalOnly, int maxRows) {
        StringBuilder b = new StringBuilder();
        int dec = r.scale() > 1 ? 1 : 4;
        b.append(r.outcomes()).append(" outcomes, ").append(r.parties().size()).append(" parties: ")
                .append(String.join(", ", r.parties())).append('\n');
        b.append("Disagreement point d: ").append(fmt(r.disagreement(), dec)).append('\n');
        ParetoFrontier f = r.frontier();
        b.append(String.format(Locale.ROOT, "Pareto frontier over all outcomes: %d points (%d outcomes); over rational "
                        + "outcomes only: %d points (%d outcomes). Algorithm: %s, ties within eps = %.3g.%n",
                f.size(), f.outcomes(), r.rational().size(), r.rational().outcomes(), f.algorithm(), f.eps()));
        ParetoFrontier shown = rationalOnly ? r.rational() : f;
        List<String> header = new ArrayList<>(r.parties());
        header.add("outcomes");
        header.add("example outcome");
        TextTable t = new TextTable(header);
        int rows = 0;
        for (FrontierPoint p : shown.points()) {
            if (rows++ >= maxRows) {
                break;
            }
            List<String> row = new ArrayList<>();
            for (double u : p.utilities()) {
                row.add(String.format(Locale.ROOT, "%." + dec + "f", u));
            }
            row.add(Long.toString(p.outcomes()));
            row.add(words(p.outcome(), space));
            t.row(row);
        }
        b.append(rationalOnly ? "Rational frontier" : "Frontier").append(shown.size() > maxRows ? " (first " + maxRows
                + " points; --json lists all)" : "").append('\n').append(t).append('\n');
        if (!r.solutions().isEmpty()) {
            List<String> sh = new ArrayList<>(List.of("solution"));
            sh.addAll(r.parties());
            sh.add("outcome");
            TextTable st = new TextTable(sh);
            r.solutions().forEach((name, s) -> {
                List<String> row = new ArrayList<>(List.of(name));
                for (double u : s.point().utilities()) {
                    row.add(String.format(Locale.ROOT, "%." + dec + "f", u));
                }
                row.add(words(s.point().outcome(), space));
                st.row(row);
            });
            b.append("Bargaining solutions on the frontier\n").append(st).append('\n');
        }
        if (r.zopa() != null) {
            b.append(String.format(Locale.ROOT, "Zone of agreement (every party at or above its reservation value): "
                    + "%d of %s outcomes (%.2f%%)%n", r.zopa().outcomes(), r.outcomes(), 100 * r.zopa().share()));
        }
        for (String n : r.notes()) {
            b.append("Note: ").append(n).append('\n');
        }
        return b.toString();
    }

    static String words(int[] o, OutcomeSpace space) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < o.length; k++) {
            parts.add(space.issues().get(k).name() + "=" + space.issues().get(k).label(o[k]));
        }
        return String.join(", ", parts);
    }

    static String fmt(double[] u, int dec) {
        List<String> parts = new ArrayList<>();
        for (double x : u) {
            parts.add(String.format(Locale.ROOT, "%." + dec + "f", x));
        }
        return "(" + String.join(", ", parts) + ")";
    }
}
