package org.briefingviewer.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * The plain text of a run of Markdown inlines, as a briefing holds it, with the source paragraphs its footnote
 * references cite. Emphasis, links and code keep their text; what a briefing cannot show is left out and reported.
 */
final class MarkdownInlines {

    /** A footnote reference: the source paragraph it cites and where it stands. */
    record Cite(String id, Locations.Place place) {
    }

    /** Text that looks like a footnote reference but that no definition matches, such as {@code [^p9]}. */
    private static final Pattern UNDEFINED_REFERENCE = Pattern.compile("\\[\\^([^\\]\\s]+)]");

    private final StringBuilder text = new StringBuilder();
    private final List<Cite> cites = new ArrayList<>();
    private final MarkdownLeftOut leftOut;

    private MarkdownInlines(MarkdownLeftOut leftOut) {
        this.leftOut = leftOut;
    }

    /** The text of {@code nodes}, each with its descendants. */
    static MarkdownInlines of(List<Node> nodes, MarkdownLeftOut leftOut) {
        MarkdownInlines inlines = new MarkdownInlines(leftOut);
        nodes.forEach(inlines::add);
        return inlines;
    }

    static MarkdownInlines of(Node parent, MarkdownLeftOut leftOut) {
        return of(children(parent), leftOut);
    }

    static List<Node> children(Node parent) {
        List<Node> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            children.add(child);
        }
        return children;
    }

    String text() {
        return text.toString().strip();
    }

    List<Cite> cites() {
        return cites;
    }

    private void add(Node node) {
        if (node instanceof Text literal) {
            addText(literal);
        } else if (node instanceof Code code) {
            text.append(code.getLiteral());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            text.append(' ');
        } else if (node instanceof FootnoteReference reference) {
            cites.add(new Cite(reference.getLabel(), MarkdownPlaces.of(node)));
        } else if (node instanceof HtmlInline html) {
            leftOut.inlineHtml(html);
        } else if (node instanceof Image) {
            leftOut.add(MarkdownLeftOut.PICTURE_IN_TEXT, node);
        } else {
            children(node).forEach(this::add);
        }
    }

    private void addText(Text literal) {
        Matcher undefined = UNDEFINED_REFERENCE.matcher(literal.getLiteral());
        int kept = 0;
        while (undefined.find()) {
            text.append(literal.getLiteral(), kept, undefined.start());
            cites.add(new Cite(undefined.group(1), placeWithin(literal, undefined.start())));
            kept = undefined.end();
        }
        text.append(literal.getLiteral(), kept, literal.getLiteral().length());
    }

    /** Where a character of a text node stands, when the node lies on one line as written. */
    private static Locations.Place placeWithin(Text literal, int offset) {
        List<SourceSpan> spans = literal.getSourceSpans();
        if (spans.size() == 1 && spans.get(0).getLength() == literal.getLiteral().length()) {
            return new Locations.Place(spans.get(0).getLineIndex() + 1, spans.get(0).getColumnIndex() + 1 + offset);
        }
        return MarkdownPlaces.of(literal);
    }
}
