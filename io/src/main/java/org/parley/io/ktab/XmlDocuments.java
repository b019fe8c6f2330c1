package org.parley.io.ktab;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.parley.io.InputError;
import org.parley.io.InputException;
import org.parley.io.text.TextFile;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses XML safely (formats.md Section 0): DOCTYPE declarations refused, external entities and DTDs never
 * loaded, XInclude off, secure processing on, nothing resolved over the network.
 */
final class XmlDocuments {

    private XmlDocuments() {
    }

    /** The document in {@code text}; throws {@link InputException} with the line of the first syntax error. */
    static Document parse(TextFile text) {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity '" + systemId + "' refused");
            });
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new InputSource(new StringReader(text.content())));
        } catch (SAXParseException e) {
            throw new InputException(java.util.List.of(new InputError(text.name(),
                    e.getLineNumber() > 0 ? e.getLineNumber() : null, null, message(e))));
        } catch (SAXException e) {
            throw InputException.of(text.name(), "not well-formed XML: " + e.getMessage());
        } catch (IOException | ParserConfigurationException e) {
            throw InputException.of(text.name(), "cannot be parsed as XML: " + e.getMessage());
        }
    }

    private static String message(SAXParseException e) {
        String m = String.valueOf(e.getMessage());
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
    static boolean rootIs(String content, String root) {
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
}
