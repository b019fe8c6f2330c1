package org.parley.report;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Anchor;
import org.parley.core.scenario.Basis;
import org.parley.core.scenario.Fact;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Source;
import org.parley.core.scenario.Stance;
import org.parley.io.text.Numbers;
import org.parley.report.chart.Fmt;

/** The scenario as tables: issues, actors x issues (sourced facts and judgements marked), facts, and sources. */
final class ScenarioSection implements Section {

    @Override
    public String id() {
        return "scenario";
    }

    @Override
    public String title() {
        return "Scenario";
    }

    @Override
    public boolean applies(ReportInput in) {
        return true;
    }

    @Override
    public void render(ReportInput in, Html out) {
        Scenario s = in.scenario();
        if (s.description() != null) {
            out.el("p", s.description());
        }
        out.el("p class=\"note\"", s.actors().size() + " actors, " + s.issues().size() + " issues, "
                + s.packages().size() + " packages; utility from " + s.loss().word() + " loss.");
        out.el("h3", "Issues");
        List<List<String>> rows = new ArrayList<>();
        for (Issue i : s.issues()) {
            List<String> anchors = new ArrayList<>();
            for (Anchor a : i.anchors()) {
                anchors.add(Html.esc(num(a.value()) + " = " + a.label()));
            }
            rows.add(List.of(Html.esc(i.id()), Html.esc(i.label()), Html.esc(num(i.scale().min()) + " to "
                    + num(i.scale().max()) + (i.scale().unit() == null ? "" : " (" + i.scale().unit() + ")")),
                    i.hasStatusQuo() ? num(i.statusQuo()) : "-", String.join("<br>", anchors)));
        }
        out.table("issues", List.of("id", "issue", "scale", "status quo", "anchors"), rows);
        stances(s, out);
        facts(s, out);
        sources(s, out);
    }

    private static void stances(Scenario s, Html out) {
        out.el("h3", "Actors x issues: position / salience");
        out.raw("<p class=\"note\">Salience 0-100. Marks: <span class=\"sourced\">S</span> taken from a cited "
                + "source, <span class=\"sourced\">D</span> derived from sourced numbers, "
                + "<span class=\"judgement\">J</span> analyst judgement (set in italics). * veto party.</p>\n");
        List<String> header = new ArrayList<>(List.of("actor", "capability", "no-deal value"));
        s.issues().forEach(i -> header.add(i.id()));
        List<List<String>> rows = new ArrayList<>();
        for (Actor a : s.actors()) {
            List<String> row = new ArrayList<>();
            row.add(Html.esc(a.label() + " [" + a.id() + "]" + (a.veto() ? " *" : "")));
            row.add(mark(num(a.capability()), a.basis()));
            row.add(a.hasReservation() ? mark(Fmt.one(a.reservation()), a.basis()) : "-");
            for (Issue i : s.issues()) {
                Stance st = a.stances().get(i.id());
                row.add(st == null ? "-" : mark(num(st.position()) + " / " + num(st.salience()),
                        st.basis() == null ? a.basis() : st.basis()));
            }
            rows.add(row);
        }
        out.table("stances", header, rows);
    }

    private static String mark(String value, Basis basis) {
        if (basis == null) {
            return Html.esc(value);
        }
        String letter = switch (basis) {
            case SOURCED -> "S";
            case DERIVED -> "D";
            case JUDGEMENT -> "J";
        };
        String cls = basis == Basis.JUDGEMENT ? "judgement" : "sourced";
        return "<span class=\"" + cls + "\">" + Html.esc(value) + "<span class=\"basis\"> " + letter
                + "</span></span>";
    }

    private static void facts(Scenario s, Html out) {
        List<List<String>> rows = new ArrayList<>();
        for (Actor a : s.actors()) {
            for (Fact f : a.facts()) {
                String value = "<span class=\"sourced\">" + Html.esc(Numbers.format(f.value())) + "</span>";
                rows.add(List.of(Html.esc(a.id()), Html.esc(f.name()), value, Html.esc(f.unit()),
                        Html.esc(f.source())));
            }
        }
        if (!rows.isEmpty()) {
            out.el("h3", "Sourced facts");
            out.table("facts", List.of("actor", "fact", "value", "unit", "source"), rows);
        }
    }

    private static void sources(Scenario s, Html out) {
        List<List<String>> rows = new ArrayList<>();
        for (Source src : s.sources()) {
            rows.add(List.of(Html.esc(src.id()), Html.esc(src.title()), Html.esc(src.locator()),
                    Html.esc(src.year()), Html.esc(src.usedFor())));
        }
        if (!rows.isEmpty()) {
            out.el("h3", "Sources");
            out.table("sources", List.of("id", "title", "where", "year", "used for"), rows);
        }
    }

    static String num(double x) {
        return Numbers.format(Math.round(x * 100) / 100.0);
    }
}
