package org.parley.io.ktab;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small lookups of child elements by tag name in a DOM tree. */
final class XmlElements {

    private XmlElements() {
    }

    /** The direct children of {@code parent} named {@code tag}, in document order. */
    static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first direct child named {@code tag}, or null. */
    static Element child(Element parent, String tag) {
        List<Element> c = children(parent, tag);
        return c.isEmpty() ? null : c.get(0);
    }

    /** The text of the first direct child named {@code tag}, or null when there is none. */
    static String text(Element parent, String tag) {
        Element c = child(parent, tag);
        return c == null ? null : c.getTextContent();
    }
}
