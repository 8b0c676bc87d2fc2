package org.briefingviewer.slides;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Where a panel too tall for the stage breaks into pages. A panel that fits when shrunk a little (down to
 * {@link #SMALLEST_SCALE}) stays whole; a longer one breaks between blocks so each page fits at that scale.
 * The title stands above every page, outside the room measured here; a row of figure cards is never split, and
 * a heading never ends a page.
 */
public final class PageBreaks {

    /** The smallest the type on a stage may be shrunk before the panel is split instead. */
    public static final double SMALLEST_SCALE = 0.85;

    private PageBreaks() {
    }

    /**
     * @param spans        each block's place in the panel, below its title, laid out whole at stage width
     * @param keptWithNext which blocks (headings) never end a page but go over with the block after them
     * @param room         the height the stage leaves below the title
     * @return the index of each page's first block, starting with 0
     */
    public static List<Integer> of(List<Span> spans, IntPredicate keptWithNext, double room) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        double fits = room / SMALLEST_SCALE;
        if (spans.isEmpty() || spans.get(spans.size() - 1).bottom() <= fits) {
            return starts;
        }
        double pageTop = 0;
        for (int block = 1; block < spans.size(); block++) {
            Span span = spans.get(block);
            if (!span.equals(spans.get(block - 1)) && span.bottom() - pageTop > fits) {
                int start = block - 1 > starts.get(starts.size() - 1) && keptWithNext.test(block - 1) ? block - 1
                        : block;
                starts.add(start);
                pageTop = spans.get(start).top();
            }
        }
        return starts;
    }
}
