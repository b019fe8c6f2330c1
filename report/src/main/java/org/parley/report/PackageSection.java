package org.parley.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.core.analysis.Analysis;
import org.parley.core.deals.PackageVerdict;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Package;
import org.parley.core.scenario.Scenario;
import org.parley.core.text.Decimals;
import org.parley.report.chart.Marker;
import org.parley.report.chart.Palette;
import org.parley.report.chart.TermsChart;

/**
 * The packages side by side: what each contains, issue by issue, next to the status quo and the Nash bargaining
 * point, each term in the issue's units and in the words of its anchors; who accepts each; and a chart of the
 * terms on each issue's scale.
 */
final class PackageSection implements Section<ReportInput> {

    /** The {@code data-column} of the table's cells: "status quo", "package ID" or "Nash point". */
    static final String STATUS_QUO = "status quo";
    static final String NASH = "Nash point";

    @Override
    public String id() {
        return "packages";
    }

    @Override
    public String title() {
        return "Packages";
    }

    @Override
    public boolean applies(ReportInput in) {
        return !in.scenario().packages().isEmpty() && !in.analysis().packages().isEmpty();
    }

    @Override
    public void render(ReportInput in, Html out) {
        Scenario s = in.scenario();
        Analysis a = in.analysis();
        out.raw("<dl class=\"package-list\">\n");
        for (Package p : s.packages()) {
            out.raw("<dt>").text(p.label()).raw(" <span class=\"id\">[").text(p.id()).raw("]</span></dt>\n");
            if (p.description() != null && !p.description().isBlank()) {
                out.raw("<dd>").text(p.description()).raw("</dd>\n");
            }
        }
        out.raw("</dl>\n");
        Map<String, Double> nash = Marks.nashTerms(a);
        out.note("Each term in the issue's units and, below it, in the words of the issue's anchors. Grey: the same "
                + "as the status quo." + (nash == null ? "" : " The Nash point is the deal that maximises the product "
                + "of the veto parties' gains over their no-deal values, found " + Marks.nashKind(a) + "."));
        table(s, a, nash, out);
        chart(s, a, nash, out);
    }

    private static void table(Scenario s, Analysis a, Map<String, Double> nash, Html out) {
        boolean statusQuo = s.issues().stream().anyMatch(Issue::hasStatusQuo);
        out.raw("<div class=\"wide\">\n<table class=\"packages\">\n<thead><tr><th>issue</th>");
        if (statusQuo) {
            out.raw("<th>status quo</th>");
        }
        for (PackageVerdict v : a.packages()) {
            out.raw("<th data-package=\"").text(v.id()).raw("\">").text(v.label()).raw("</th>");
        }
        if (nash != null) {
            out.raw("<th>Nash point</th>");
        }
        out.raw("</tr></thead>\n<tbody>\n");
        for (Issue issue : s.issues()) {
            out.raw("<tr><th scope=\"row\">").text(issue.id()).raw("<span class=\"issue-name\">").text(issue.label())
                    .raw("</span></th>");
            if (statusQuo) {
                out.raw(issue.hasStatusQuo() ? term(issue, issue.statusQuo(), null, STATUS_QUO, issue.id())
                        : "<td>-</td>");
            }
            for (PackageVerdict v : a.packages()) {
                Double x = v.outcome().get(issue.id());
                boolean stated = s.pkg(v.id()).map(p -> p.terms().containsKey(issue.id())).orElse(true);
                out.raw(x == null ? "<td>-</td>" : term(issue, x, stated ? null : "not in the package: the status "
                        + "quo", "package " + v.id(), issue.id()));
            }
            if (nash != null) {
                Double x = nash.get(issue.id());
                out.raw(x == null ? "<td>-</td>" : term(issue, x, null, NASH, issue.id()));
            }
            out.raw("</tr>\n");
        }
        out.raw("<tr class=\"summary\"><th scope=\"row\">who accepts</th>");
        if (statusQuo) {
            out.raw("<td></td>");
        }
        for (PackageVerdict v : a.packages()) {
            out.raw("<td class=\"" + (v.unblocked() ? "passes" : "blocked") + "\">").text(v.acceptance())
                    .raw("</td>");
        }
        if (nash != null) {
            out.raw("<td class=\"passes\">every veto party</td>");
        }
        out.raw("</tr>\n<tr class=\"summary\"><th scope=\"row\">veto parties' utility (no-deal value)</th>");
        if (statusQuo) {
            out.raw("<td></td>");
        }
        List<String> veto = a.scenario().vetoParties();
        for (PackageVerdict v : a.packages()) {
            out.raw("<td>").text(utilities(s, veto, v.utilities())).raw("</td>");
        }
        if (nash != null) {
            out.raw("<td>").text(utilities(s, veto, Marks.nashUtilities(a))).raw("</td>");
        }
        out.raw("</tr>\n</tbody>\n</table>\n</div>\n");
    }

    private static String term(Issue issue, double x, String remark, String column, String issueId) {
        boolean same = issue.hasStatusQuo() && Math.abs(x - issue.statusQuo()) <= 1e-9 * issue.scale().range()
                && !column.equals(STATUS_QUO);
        String words = issue.describe(x);
        return "<td class=\"term" + (same ? " same" : "") + "\" data-column=\"" + Html.esc(column)
                + "\" data-issue=\"" + Html.esc(issueId) + "\"><span class=\"num\">" + Decimals.upTo(x, 1)
                + "</span>" + (words.isEmpty() ? "" : "<span class=\"words\">" + Html.esc(words) + "</span>")
                + (remark == null ? "" : "<span class=\"words\">(" + Html.esc(remark) + ")</span>") + "</td>";
    }

    private static String utilities(Scenario s, List<String> veto, Map<String, Double> u) {
        if (u == null) {
            return "-";
        }
        List<String> parts = new ArrayList<>();
        for (String id : veto) {
            Double x = u.get(id);
            Double rv = s.actor(id).map(ac -> ac.reservation()).orElse(null);
            if (x != null) {
                parts.add(id + " " + Decimals.fixed(x, 1) + (rv == null ? "" : " (" + Decimals.fixed(rv, 1) + ")"));
            }
        }
        return parts.isEmpty() ? "-" : String.join(", ", parts);
    }

    private static void chart(Scenario s, Analysis a, Map<String, Double> nash, Html out) {
        List<String> issues = s.issues().stream().map(Issue::id).toList();
        List<TermsChart.Lane> lanes = new ArrayList<>();
        if (s.issues().stream().anyMatch(Issue::hasStatusQuo)) {
            lanes.add(new TermsChart.Lane("status quo", Marker.BAR, Palette.STATUS_QUO, null, Marks.percents(s,
                    i -> i.hasStatusQuo() ? i.statusQuo() : null)));
        }
        List<PackageVerdict> verdicts = a.packages();
        for (int k = 0; k < verdicts.size(); k++) {
            PackageVerdict v = verdicts.get(k);
            lanes.add(new TermsChart.Lane(v.id(), Marker.CIRCLE, Marks.pkg(k), Palette.INK,
                    Marks.percents(s, i -> v.outcome().get(i.id()))));
        }
        if (nash != null) {
            lanes.add(new TermsChart.Lane("Nash point", Marks.solution("nash"), Palette.INK, null,
                    Marks.percents(s, i -> nash.get(i.id()))));
        }
        out.figure(new TermsChart("package-terms", "Terms per issue", issues, lanes, "Term (% of the issue's scale)"),
                "Each issue's scale runs from 0 to 100%; each package, the status quo and the Nash point has its own "
                + "lane, so equal terms stay visible. The numbers are in the table above");
    }

}
