package org.parley.io.genius;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.outcomes.DomainIssue;
import org.parley.core.outcomes.OutcomeSpace;
import org.parley.io.Limits;
import org.parley.io.text.TextFile;
import org.parley.io.xml.SecureXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads a GENIUS domain file: {@code <negotiation_template>} (or a bare {@code <utility_space>}) holding an
 * objective tree of issues. {@code number_of_issues} is ignored (often 0): the issues are counted. Real issues are
 * discretised into {@code realGrid} values.
 */
public final class GeniusDomainReader {

    private GeniusDomainReader() {
    }

    /** The domain in {@code text} under the default limits; {@code warnings} receives what was forgiven. */
    public static GeniusDomain read(TextFile text, int realGrid, List<String> warnings) {
        return read(text.name(), SecureXml.parse(text, Limits.defaults()), Limits.defaults(), realGrid, warnings);
    }

    /** The domain in the parsed document of file {@code file}. */
    public static GeniusDomain read(String file, Document doc, Limits limits, int realGrid, List<String> warnings) {
        Problems p = new Problems(file, warnings);
        Element root = doc.getDocumentElement();
        Element us = root.getTagName().equals("utility_space") ? root : SecureXml.child(root, "utility_space");
        if (us == null) {
            p.error(root.getTagName(), "no <utility_space> element; expected a GENIUS domain "
                    + "(<negotiation_template><utility_space><objective><issue .../>...)");
            p.throwIfAny();
        }
        Element objective = GeniusIssues.objective(us, p);
        p.throwIfAny();
        List<GeniusIssues.Def> defs = GeniusIssues.read(objective, realGrid, limits.maxValues(), p);
        p.throwIfAny();
        List<DomainIssue> issues = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        for (GeniusIssues.Def d : defs) {
            issues.add(d.issue());
            indices.add(d.index());
        }
        String name = SecureXml.attr(objective, "name");
        try {
            return new GeniusDomain(new OutcomeSpace(name == null ? file : name, issues), indices);
        } catch (IllegalArgumentException e) {
            p.error("objective", e.getMessage());
            p.throwIfAny();
            throw e;
        }
    }
}
