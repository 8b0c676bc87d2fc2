package org.briefingviewer.slides;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.Test;

/** Where panels break into pages, as data: spans of blocks against the stage's room. */
class PageBreaksTest {

    private static final double ROOM = 850;
    private static final IntPredicate NO_HEADINGS = block -> false;

    @Test
    void aPanelThatFitsWhenShrunkALittleStaysWhole() {
        List<Span> spans = List.of(new Span(100, 500), new Span(500, ROOM / PageBreaks.SMALLEST_SCALE));

        assertThat(PageBreaks.of(spans, NO_HEADINGS, ROOM)).containsExactly(0);
    }

    @Test
    void aLongPanelBreaksBetweenBlocksSoEachPageFits() {
        List<Span> spans = List.of(new Span(100, 600), new Span(600, 1000), new Span(1000, 1400),
                new Span(1400, 1500));

        assertThat(PageBreaks.of(spans, NO_HEADINGS, ROOM)).containsExactly(0, 2);
    }

    @Test
    void aRowOfFigureCardsIsNeverSplit() {
        Span figures = new Span(600, 1100);
        List<Span> spans = List.of(new Span(100, 600), figures, figures, figures, new Span(1100, 1200));

        assertThat(PageBreaks.of(spans, NO_HEADINGS, ROOM)).containsExactly(0, 1);
    }

    @Test
    void aHeadingGoesOverWithTheBlockAfterIt() {
        List<Span> spans = List.of(new Span(100, 900), new Span(900, 960), new Span(960, 1400));

        assertThat(PageBreaks.of(spans, block -> block == 1, ROOM)).containsExactly(0, 1);
        assertThat(PageBreaks.of(spans, NO_HEADINGS, ROOM)).containsExactly(0, 2);
    }
}
