package org.parley.report;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Anchor;
import org.parley.core.scenario.Fact;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Source;
import org.parley.io.text.Numbers;

/**
 * The appendix: every issue's scale, status quo and anchors, with who concedes it in a phased deal and whether it
 * can be taken back; the sourced facts; the sources.
 */
final class AppendixSection implements Section<ReportInput> {

    @Override
    public String id() {
        return "appendix";
    }

    @Override
    public String title() {
        return "Appendix: issues, facts and sources";
    }

    @Override
    public boolean applies(ReportInput in) {
        return true;
    }

    @Override
    public void render(ReportInput in, Html out) {
        Scenario s = in.scenario();
        out.h3("issues", "Issues and their scales");
        List<List<String>> rows = new ArrayList<>();
        for (Issue i : s.issues()) {
            List<String> anchors = new ArrayList<>();
            for (Anchor a : i.anchors()) {
                anchors.add(Html.esc(ActorsSection.num(a.value()) + " = " + a.label()));
            }
            String conceded = i.concededBy().isEmpty() ? "" : "<span class=\"words\">" + Html.esc("conceded by "
                    + String.join(", ", i.concededBy()) + (i.reversible() ? ", reversible" : ", irreversible")
                    + (i.concessionNote() == null ? "" : ": " + i.concessionNote())) + "</span>";
            String what = Html.esc(i.label()) + (i.description() == null ? "" : "<span class=\"words\">"
                    + Html.esc(i.description()) + "</span>") + (i.note() == null ? "" : "<span class=\"words\">"
                    + Html.esc(i.note()) + "</span>") + conceded;
            rows.add(List.of(Html.esc(i.id()), what, Html.esc(ActorsSection.num(i.scale().min()) + " to "
                    + ActorsSection.num(i.scale().max()) + (i.scale().unit() == null ? "" : " (" + i.scale().unit()
                    + ")")), i.hasStatusQuo() ? ActorsSection.num(i.statusQuo()) : "-", String.join("<br>", anchors)));
        }
        out.raw("<div class=\"wide\">\n");
        out.table("issues", List.of("id", "issue", "scale", "status quo", "anchors"), rows);
        out.raw("</div>\n");
        facts(s, out);
        sources(s, out);
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
            out.h3("facts", "Sourced facts");
            out.table("facts", List.of("actor", "fact", "value", "unit", "source"), rows);
        }
    }

    private static void sources(Scenario s, Html out) {
        List<List<String>> rows = new ArrayList<>();
        for (Source src : s.sources()) {
            rows.add(List.of(Html.esc(src.id()), Html.esc(src.title()), "<span class=\"locator\">"
                    + Html.esc(src.locator()) + "</span>", Html.esc(src.year()), Html.esc(src.usedFor())));
        }
        if (!rows.isEmpty()) {
            out.h3("sources", "Sources");
            out.table("sources", List.of("id", "title", "where", "year", "used for"), rows);
        }
    }
}
