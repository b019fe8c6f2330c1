package org.parley.io.xml;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.parley.io.InputError;
import org.parley.io.InputException;
import org.parley.io.Limits;
import org.parley.io.text.TextFile;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses XML safely for every XML format Parley reads (GENIUS, KTAB): DOCTYPE declarations refused (so no DTD, no
 * external or expanding entity), external DTDs and schemas never loaded, XInclude off, secure processing on, no URL
 * resolved. Lenient in one way real GENIUS files need: whitespace and comments before the {@code <?xml ...?>}
 * declaration are dropped before parsing (line numbers still count them).
 */
public final class SecureXml {

    private SecureXml() {
    }

    /** The JDK's limit on the nesting depth of elements (jdk.xml.maxElementDepth). */
    private static final String MAX_ELEMENT_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

    /**
     * The document in {@code text}; a malformed or DOCTYPE-bearing file, or elements nested deeper than the limit
     * ({@link Limits#maxNestingDepth()}), fail with the line.
     */
    public static Document parse(TextFile text, Limits limits) {
        String content = text.content();
        int at = leadingComments(content);
        int skipped = (int) content.substring(0, at).chars().filter(c -> c == '\n').count();
        try {
            DocumentBuilderFactory f = factory();
            f.setAttribute(MAX_ELEMENT_DEPTH, Integer.toString(limits.maxNestingDepth()));
            DocumentBuilder b = f.newDocumentBuilder();
            b.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity '" + systemId + "' refused");
            });
            b.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return b.parse(new InputSource(new StringReader(content.substring(at))));
        } catch (SAXParseException e) {
            throw new InputException(List.of(new InputError(text.name(),
                    e.getLineNumber() > 0 ? e.getLineNumber() + skipped : null, null, message(e, limits))));
        } catch (SAXException | IOException e) {
            throw InputException.of(text.name(), "cannot be parsed as XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where parsing starts: after whitespace and comments that stand before an XML declaration. */
    private static int leadingComments(String content) {
        int at = 0;
        while (true) {
            while (at < content.length() && Character.isWhitespace(content.charAt(at))) {
                at++;
            }
            int end = content.startsWith("<!--", at) ? content.indexOf("-->", at) : -1;
            if (end < 0 || content.indexOf("<?xml", at) <= at) {
                break;
            }
            at = end + 3;
        }
        return content.startsWith("<", at) ? at : 0;
    }

    private static String message(SAXParseException e, Limits limits) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("maxElementDepth") || m.contains("JAXP00081")) {
            return "elements nested deeper than " + limits.maxNestingDepth() + " levels; expected at most "
                    + limits.maxNestingDepth();
        }
        if (m.contains("DOCTYPE") || m.contains("disallow-doctype-decl")) {
            return "DOCTYPE declarations are not allowed (they can pull in external entities); remove the "
                    + "<!DOCTYPE ...> declaration";
        }
        return "not well-formed XML: " + m;
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(false);
        f.setValidating(false);
        return f;
    }

    /** Whether the text's first element (after the XML declaration, comments and whitespace) is {@code root}. */
    public static boolean rootIs(String content, String root) {
        String s = content.stripLeading();
        while (true) {
            if (s.startsWith("<?")) {
                int end = s.indexOf("?>");
                s = end < 0 ? "" : s.substring(end + 2).stripLeading();
            } else if (s.startsWith("<!--")) {
                int end = s.indexOf("-->");
                s = end < 0 ? "" : s.substring(end + 3).stripLeading();
            } else {
                break;
            }
        }
        if (s.startsWith("<!DOCTYPE")) {
            return s.contains("<" + root);
        }
        return s.startsWith("<" + root) && s.length() > root.length() + 1
                && " \t\n>/".indexOf(s.charAt(root.length() + 1)) >= 0;
    }

    /** The element children of {@code e} with the given tag name (any name when {@code tag} is null). */
    public static List<Element> children(Element e, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && (tag == null || c.getTagName().equals(tag))) {
                out.add(c);
            }
        }
        return out;
    }

    /** The first element child with the given tag name, or null. */
    public static Element child(Element e, String tag) {
        List<Element> c = children(e, tag);
        return c.isEmpty() ? null : c.get(0);
    }

    /** The text of the first element child with the given tag name, or null when there is none. */
    public static String text(Element e, String tag) {
        Element c = child(e, tag);
        return c == null ? null : c.getTextContent();
    }

    /** The attribute's value, or null when it is absent. */
    public static String attr(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }
}
