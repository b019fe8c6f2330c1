package org.parley.report;

import java.util.List;
import org.parley.report.chart.Chart;
import org.parley.report.chart.SvgCanvas;

/** Builds the report's HTML: escaped text, tables, figures; records each chart it embeds. */
final class Html {

    private final StringBuilder b = new StringBuilder();
    private final List<Chart> charts;
    private final List<String[]> headings = new java.util.ArrayList<>();

    Html(List<Chart> charts) {
        this.charts = charts;
    }

    /** A sub-heading with an anchor, listed in the table of contents under its section. */
    Html h3(String id, String text) {
        headings.add(new String[] {id, text});
        b.append("<h3 id=\"").append(esc(id)).append("\">").append(esc(text)).append("</h3>\n");
        return this;
    }

    /** The sub-headings written so far: {id, text} pairs in order. */
    List<String[]> headings() {
        return headings;
    }

    static String esc(String s) {
        return s == null ? "" : SvgCanvas.escape(s);
    }

    Html raw(String s) {
        b.append(s);
        return this;
    }

    Html text(String s) {
        b.append(esc(s));
        return this;
    }

    /** An element with escaped text: {@code tag} may carry attributes, e.g. {@code p class="note"}. */
    Html el(String tag, String text) {
        String name = tag.contains(" ") ? tag.substring(0, tag.indexOf(' ')) : tag;
        b.append('<').append(tag).append('>').append(esc(text)).append("</").append(name).append(">\n");
        return this;
    }

    /** A paragraph of escaped text with a class. */
    Html note(String text) {
        return el("p class=\"note\"", text);
    }

    /** A table with a header row and rows of cells already escaped (HTML). */
    Html table(String cls, List<String> header, List<List<String>> rows) {
        b.append("<table class=\"").append(cls).append("\">\n<thead><tr>");
        header.forEach(h -> b.append("<th>").append(esc(h)).append("</th>"));
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            b.append("<tr>");
            row.forEach(c -> b.append("<td>").append(c).append("</td>"));
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        return this;
    }

    /** A figure holding the chart's inline SVG, captioned with its title. */
    Html figure(Chart chart, String note) {
        charts.add(chart);
        b.append("<figure class=\"chart\" id=\"fig-").append(chart.id()).append("\">\n").append(chart.svg())
                .append("\n<figcaption>").append(esc(chart.title()));
        if (note != null) {
            b.append(". ").append(esc(note));
        }
        b.append("</figcaption>\n</figure>\n");
        return this;
    }

    @Override
    public String toString() {
        return b.toString();
    }
}
