package org.parley.report;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.scenario.Actor;
import org.parley.core.scenario.Basis;
import org.parley.core.scenario.Issue;
import org.parley.core.scenario.Scenario;
import org.parley.core.scenario.Stance;
import org.parley.report.chart.Fmt;

/**
 * The actors and the judgements the analysis rests on: the scenario's description, then actors x issues (position /
 * salience, capability, no-deal value, each marked sourced, derived or judgement), every actor's row followed by
 * the rationales of its numbers (the scenario's notes on capability and no-deal value, the no-deal model, the
 * discount factor and every stance) in a block that is open (a reader may fold it); each cell also carries its note
 * as a tooltip.
 */
final class ActorsSection implements Section<ReportInput> {

    @Override
    public String id() {
        return "actors";
    }

    @Override
    public String title() {
        return "Actors and judgements";
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
        out.note(s.actors().size() + " actors, " + s.issues().size() + " issues, " + s.packages().size()
                + " packages; utility from " + s.loss().word() + " loss. The issues' scales and anchors, the sourced "
                + "facts and the sources are in the appendix.");
        out.raw("<p class=\"note\">Each cell: position / salience (0-100). Marks: <span class=\"sourced\">S</span> "
                + "taken from a cited source, <span class=\"sourced\">D</span> derived from sourced numbers, "
                + "<span class=\"judgement\">J</span> analyst judgement (in italics). * veto party. \"why\" "
                + "under an actor gives the rationale of each of its numbers (click to fold it); hovering a cell "
                + "shows it too.</p>\n");
        List<String> header = new ArrayList<>(List.of("actor", "capability", "no-deal value"));
        s.issues().forEach(i -> header.add(i.id()));
        out.raw("<div class=\"wide\">\n<table class=\"stances\">\n<thead><tr>");
        header.forEach(h -> out.raw("<th>").text(h).raw("</th>"));
        out.raw("</tr></thead>\n<tbody>\n");
        for (Actor a : s.actors()) {
            out.raw("<tr class=\"actor\" id=\"actor-" + ForecastSection.slug(a.id()) + "\">");
            out.raw("<td>").text(a.label() + " [" + a.id() + "]" + (a.veto() ? " *" : "")).raw("</td>");
            out.raw(cell(mark(num(a.capability()), a.basis()), a.note()));
            out.raw(cell(a.hasReservation() ? mark(Fmt.one(a.reservation()), a.basis()) : "-", a.note()));
            for (Issue i : s.issues()) {
                Stance st = a.stances().get(i.id());
                out.raw(st == null ? "<td>-</td>" : cell(mark(num(st.position()) + " / " + num(st.salience()),
                        st.basis() == null ? a.basis() : st.basis()), st.note()));
            }
            out.raw("</tr>\n");
            why(s, a, header.size(), out);
        }
        out.raw("</tbody>\n</table>\n</div>\n");
    }

    private static String cell(String html, String note) {
        return note == null || note.isBlank() ? "<td>" + html + "</td>"
                : "<td title=\"" + Html.esc(note) + "\">" + html + "</td>";
    }

    /** The rationales of an actor's numbers, in a row of their own under the actor. */
    private static void why(Scenario s, Actor a, int columns, Html out) {
        List<String> items = new ArrayList<>();
        if (a.note() != null && !a.note().isBlank()) {
            items.add("<li><b>" + Html.esc("capability " + num(a.capability()) + (a.hasReservation()
                    ? ", no-deal value " + Fmt.one(a.reservation()) : "")) + ":</b> " + Html.esc(a.note()) + "</li>");
        }
        if (a.noDeal() != null && a.noDeal().note() != null && !a.noDeal().note().isBlank()) {
            items.add("<li><b>no-deal model:</b> " + Html.esc(a.noDeal().note()) + "</li>");
        }
        if (a.discount() != null) {
            items.add("<li><b>" + Html.esc("discount factor " + num(a.discount())) + ":</b> "
                    + Html.esc(a.discountNote() == null ? "" : a.discountNote()) + "</li>");
        }
        for (Issue i : s.issues()) {
            Stance st = a.stances().get(i.id());
            if (st != null && st.note() != null && !st.note().isBlank()) {
                items.add("<li><b>" + Html.esc(i.id() + " " + num(st.position()) + " / " + num(st.salience()))
                        + ":</b> " + Html.esc(st.note()) + (st.sources().isEmpty() ? ""
                        : " <span class=\"id\">[" + Html.esc(String.join(", ", st.sources())) + "]</span>")
                        + "</li>");
            }
        }
        if (items.isEmpty()) {
            return;
        }
        out.raw("<tr class=\"why\"><td colspan=\"" + columns + "\"><details open><summary>why: the rationale of "
                + Html.esc(a.id()) + "'s numbers</summary>\n<ul>\n").raw(String.join("\n", items))
                .raw("\n</ul>\n</details></td></tr>\n");
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

    static String num(double x) {
        return org.parley.io.text.Numbers.format(Math.round(x * 100) / 100.0);
    }
}
