package org.briefingviewer.presenter;

import java.util.ArrayList;
import java.util.List;
import org.briefingviewer.reader.PanelView.Span;

/**
 * Where a panel too tall for the stage breaks into pages. A panel that fits when shrunk a little (down to
 * {@link #SMALLEST_SCALE}) stays whole; a longer one breaks between blocks so each page fits at that scale.
 * Every page after the first repeats the panel's title; a row of figure cards is never split.
 */
final class PageBreaks {

    /** The smallest the type on a stage may be shrunk before the panel is split instead. */
    static final double SMALLEST_SCALE = 0.85;

    private PageBreaks() {
    }

    /**
     * @param spans       each block's place in the panel laid out whole at stage width
     * @param belowTitle  the height a later page's repeated title takes
     * @param room        the height the stage leaves for the panel
     * @return the index of each page's first block, starting with 0
     */
    static List<Integer> of(List<Span> spans, double belowTitle, double room) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        double fits = room / SMALLEST_SCALE;
        if (spans.isEmpty() || spans.get(spans.size() - 1).bottom() <= fits) {
            return starts;
        }
        double pageTop = 0;
        double offset = 0;
        for (int block = 1; block < spans.size(); block++) {
            Span span = spans.get(block);
            if (!span.equals(spans.get(block - 1)) && offset + span.bottom() - pageTop > fits) {
                starts.add(block);
                pageTop = span.top();
                offset = belowTitle;
            }
        }
        return starts;
    }
}
