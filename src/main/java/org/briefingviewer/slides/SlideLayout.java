package org.briefingviewer.slides;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.briefingviewer.model.Block;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.Heading;
import org.briefingviewer.model.FigureRows;
import org.briefingviewer.model.KeyFigure;
import org.briefingviewer.model.Panel;

/**
 * The one layout of a briefing's slides, as plain data: which blocks go on which 16:9 page, where each stands on
 * the stage, at which scale, and the build steps. Presenting, the slides PDF, the notes pages, the handout and the
 * PowerPoint export all draw from it, so what the room sees is what people take away. It is measured with the
 * shipped fonts' metrics, so it needs neither a display nor JavaFX.
 */
public final class SlideLayout {

    private final Briefing briefing;
    private final BlockMeasure measure;
    private final Map<Panel, List<SlidePage>> pages = new ConcurrentHashMap<>();

    public SlideLayout(Briefing briefing) {
        this.briefing = briefing;
        this.measure = new BlockMeasure(briefing);
    }

    public Briefing briefing() {
        return briefing;
    }

    /** The pages {@code panel} takes, in order. */
    public List<SlidePage> pagesOf(Panel panel) {
        return pages.computeIfAbsent(panel, this::layOut);
    }

    /** Every page of {@code panels}, in order. */
    public List<SlidePage> pagesOf(List<Panel> panels) {
        return panels.stream().flatMap(panel -> pagesOf(panel).stream()).toList();
    }

    /** The index of each page's first block in {@code panel}. */
    public List<Integer> pageStarts(Panel panel) {
        return pagesOf(panel).stream().map(SlidePage::firstBlock).toList();
    }

    /** Every step of {@code panel}: each page at each of its build steps. */
    public List<Step> stepsOf(Panel panel) {
        return Step.plan(panel, pageStarts(panel));
    }

    private List<SlidePage> layOut(Panel panel) {
        double summary = panel.summary() == null ? 0 : StageText.summaryHeight(panel.summary()) + SlideStage.SPACING;
        List<Placement> whole = stack(panel.blocks(), summary);
        List<Span> spans = spans(whole);
        double room = roomBelow(StageText.titleHeight(panel.title()));
        List<Integer> starts = PageBreaks.of(spans, block -> panel.blocks().get(block) instanceof Heading, room);
        List<SlidePage> result = new ArrayList<>();
        for (int page = 0; page < starts.size(); page++) {
            int first = starts.get(page);
            int end = page + 1 < starts.size() ? starts.get(page + 1) : panel.blocks().size();
            double top = page == 0 ? 0 : whole.get(first).y();
            result.add(page(panel, page, starts.size(), first, end, page == 0 ? summary : 0,
                    shifted(whole.subList(first, end), top)));
        }
        return List.copyOf(result);
    }

    private static SlidePage page(Panel panel, int page, int pageCount, int first, int end, double summary,
                                  List<Placement> placements) {
        double titleHeight = StageText.titleHeight(SlidePage.titleOf(panel, page, pageCount));
        double bottom = placements.stream().mapToDouble(Placement::bottom).max().orElse(summary);
        double scale = Math.min(1, roomBelow(titleHeight) / bottom);
        return new SlidePage(panel, page, pageCount, first, end, summary, titleHeight, scale, placements);
    }

    /** The height the stage leaves below a title of {@code titleHeight}. */
    private static double roomBelow(double titleHeight) {
        return SlideStage.HEIGHT - SlideStage.PADDING_TOP - SlideStage.PADDING_BOTTOM - StageText.markingHeight()
                - titleHeight - SlideStage.SPACING;
    }

    /** The blocks one below the other, {@link SlideStage#SPACING} apart, figure cards side by side in rows. */
    private List<Placement> stack(List<Block> blocks, double top) {
        List<Placement> placed = new ArrayList<>();
        double y = top;
        int index = 0;
        while (index < blocks.size()) {
            if (blocks.get(index) instanceof KeyFigure) {
                int end = index;
                while (end < blocks.size() && blocks.get(end) instanceof KeyFigure) {
                    end++;
                }
                y = figureRows(blocks.subList(index, end), y, placed) + SlideStage.SPACING;
                index = end;
            } else {
                Block block = blocks.get(index++);
                double height = measure.height(block, SlideStage.CONTENT_WIDTH);
                placed.add(new Placement(block, SlideStage.PADDING_SIDE, y, SlideStage.CONTENT_WIDTH, height));
                y += height + SlideStage.SPACING;
            }
        }
        return placed;
    }

    /**
     * Lays out figure cards in rows across the stage, split as {@link FigureRows} says; a row holding more than fit
     * shares the width among its cards. Returns the last row's bottom.
     */
    private double figureRows(List<Block> cards, double top, List<Placement> placed) {
        int fitting = (int) ((SlideStage.CONTENT_WIDTH + BlockMeasure.FIGURE_GAP)
                / (BlockMeasure.FIGURE_CARD_WIDTH + BlockMeasure.FIGURE_GAP));
        double y = top;
        int start = 0;
        for (int size : FigureRows.sizes(cards.size(), fitting)) {
            List<Block> row = cards.subList(start, start + size);
            start += size;
            double cardWidth = Math.min(BlockMeasure.FIGURE_CARD_WIDTH,
                    (SlideStage.CONTENT_WIDTH - (size - 1) * BlockMeasure.FIGURE_GAP) / size);
            double height = row.stream().mapToDouble(card -> measure.height(card, cardWidth)).max().orElse(0);
            for (int column = 0; column < row.size(); column++) {
                double x = SlideStage.PADDING_SIDE + column * (cardWidth + BlockMeasure.FIGURE_GAP);
                placed.add(new Placement(row.get(column), x, y, cardWidth, height));
            }
            y += height + BlockMeasure.FIGURE_GAP;
        }
        return y - BlockMeasure.FIGURE_GAP;
    }

    /** Each block's span; the cards of a run of figure cards share the run's, so no page breaks inside it. */
    private static List<Span> spans(List<Placement> placements) {
        List<Span> spans = new ArrayList<>();
        int index = 0;
        while (index < placements.size()) {
            int end = index + 1;
            if (placements.get(index).block() instanceof KeyFigure) {
                while (end < placements.size() && placements.get(end).block() instanceof KeyFigure) {
                    end++;
                }
            }
            List<Placement> run = placements.subList(index, end);
            Span span = new Span(run.get(0).y(), run.stream().mapToDouble(Placement::bottom).max().orElseThrow());
            run.forEach(placement -> spans.add(span));
            index = end;
        }
        return spans;
    }

    private static List<Placement> shifted(List<Placement> placements, double top) {
        return placements.stream()
                .map(p -> new Placement(p.block(), p.x(), p.y() - top, p.width(), p.height()))
                .toList();
    }
}
