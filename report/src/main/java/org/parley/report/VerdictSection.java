package org.parley.report;

import org.parley.core.verdict.Verdict;

/**
 * The verdict box at the top of the report: the analysis's answer in plain words, paragraph by paragraph, exactly
 * as {@code analyze} prints it, with a link to the glossary of its terms.
 */
final class VerdictSection implements Section<ReportInput> {

    @Override
    public String id() {
        return "verdict";
    }

    @Override
    public String title() {
        return "Verdict";
    }

    @Override
    public boolean answer() {
        return true;
    }

    @Override
    public boolean applies(ReportInput in) {
        return in.analysis().verdict() != null && !in.analysis().verdict().summary().isEmpty();
    }

    @Override
    public void render(ReportInput in, Html out) {
        Verdict v = in.analysis().verdict();
        out.raw("<div class=\"verdict\">\n");
        v.summary().forEach(p -> out.el("p", p));
        out.raw("</div>\n");
        out.el("p class=\"note\"", "Margins are utility points (0-100) over each actor's no-deal value; a verdict is "
                + "close under " + org.parley.core.text.Decimals.upTo(v.fragile(), 1) + " points. The terms are "
                + "explained in Parley's glossary (docs/glossary.md).");
    }
}
