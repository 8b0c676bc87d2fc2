package org.briefingviewer.bundle;

import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** Where a Markdown node starts in its file. */
final class MarkdownPlaces {

    private MarkdownPlaces() {
    }

    /** The node's first line and column, 1-based, or its nearest placed ancestor's. */
    static Locations.Place of(Node node) {
        for (Node candidate = node; candidate != null; candidate = candidate.getParent()) {
            if (!candidate.getSourceSpans().isEmpty()) {
                SourceSpan span = candidate.getSourceSpans().get(0);
                return new Locations.Place(span.getLineIndex() + 1, span.getColumnIndex() + 1);
            }
        }
        return new Locations.Place(1, 1);
    }

    static int lastLine(Node node) {
        var spans = node.getSourceSpans();
        return spans.isEmpty() ? of(node).line() : spans.get(spans.size() - 1).getLineIndex() + 1;
    }
}
