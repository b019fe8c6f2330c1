package org.parley.report;

import org.parley.core.negotiation.session.SessionResult;
import org.parley.core.negotiation.session.SessionStatements;

/**
 * How a negotiation session went, in a box before the contents, as {@code parley negotiate} says it
 * ({@link SessionStatements}): who negotiated how, how it ended, and where the outcome lies against the frontier, the
 * Nash point, the zone of agreement and, on a scenario, the packages.
 */
final class SessionSummarySection implements Section<NegotiationInput> {

    @Override
    public String id() {
        return "session";
    }

    @Override
    public String title() {
        return "How it ended";
    }

    @Override
    public boolean answer() {
        return true;
    }

    @Override
    public boolean applies(NegotiationInput in) {
        return true;
    }

    @Override
    public void render(NegotiationInput in, Html out) {
        SessionResult r = in.session();
        out.raw("<div class=\"verdict\">\n");
        SessionStatements.of(r).forEach(s -> out.el("p", s));
        out.raw("</div>\n");
        r.reference().notes().forEach(n -> out.note("Note: " + n));
    }
}
