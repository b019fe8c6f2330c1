package org.parley.io.genius;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.parley.io.InputException;
import org.parley.io.text.TextFile;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses XML safely: DOCTYPE declarations refused (so no external entity, no DTD, no entity expansion), XInclude
 * off, secure processing on, no URL ever resolved. Lenient in one way real GENIUS files need: whitespace and
 * comments before the {@code <?xml ...?>} declaration are dropped before parsing.
 */
public final class SecureXml {

    private SecureXml() {
    }

    /** The document in {@code text}; a malformed or DOCTYPE-bearing file fails with its line. */
    public static Document parse(TextFile text) {
        String content = text.content();
        int skipped = 0;
        int at = 0;
        while (true) {
            while (at < content.length() && Character.isWhitespace(content.charAt(at))) {
                at++;
            }
            if (content.startsWith("<!--", at) && content.indexOf("<?xml", at) > at) {
                int end = content.indexOf("-->", at);
                if (end < 0) {
                    break;
                }
                at = end + 3;
            } else {
                break;
            }
        }
        if (content.startsWith("<?xml", at) || at > 0 && content.startsWith("<", at)) {
            skipped = (int) content.substring(0, at).chars().filter(c -> c == '\n').count();
            content = content.substring(at);
        }
        if (content.contains("<!DOCTYPE") || content.contains("<!ENTITY")) {
            throw InputException.of(text.name(), "contains a DOCTYPE or ENTITY declaration; Parley refuses DTDs and "
                    + "external entities in XML input (remove the declaration)");
        }
        try {
            DocumentBuilder b = factory().newDocumentBuilder();
            b.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId + " refused");
            });
            b.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return b.parse(new InputSource(new StringReader(content)));
        } catch (SAXParseException e) {
            throw InputException.at(text.name(), e.getLineNumber() + skipped, "not well-formed XML: "
                    + e.getMessage());
        } catch (SAXException | IOException e) {
            throw InputException.of(text.name(), "cannot be parsed as XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(false);
        return f;
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

    /** The attribute's value, or null when it is absent. */
    public static String attr(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }
}
