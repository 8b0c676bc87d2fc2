package org.briefingviewer.export;

import java.util.Locale;
import org.briefingviewer.fonts.PdfGlyphs;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Builds an XHTML document node by node, so text is never spliced into markup. */
final class Xhtml {

    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    private final Document document;

    Xhtml() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            document = factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser of this Java runtime cannot build documents", e);
        }
    }

    Document document() {
        return document;
    }

    Element root(String tag) {
        Element root = document.createElementNS(XHTML_NS, tag);
        document.appendChild(root);
        return root;
    }

    /** Appends a new element to {@code parent}, with the given style classes (may be none). */
    Element add(Element parent, String tag, String... classes) {
        Element element = document.createElementNS(XHTML_NS, tag);
        if (classes.length > 0) {
            element.setAttribute("class", String.join(" ", classes));
        }
        parent.appendChild(element);
        return element;
    }

    /** Appends a new element holding {@code text}. */
    Element addText(Element parent, String tag, String text, String... classes) {
        Element element = add(parent, tag, classes);
        text(element, text);
        return element;
    }

    /** Appends {@code text}, each character no shipped font can draw replaced by one they can. */
    void text(Element parent, String text) {
        parent.appendChild(document.createTextNode(PdfGlyphs.drawable(text)));
    }

    static String format(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : String.format(Locale.ROOT, "%.2f", number);
    }
}
