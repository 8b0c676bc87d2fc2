package org.briefingviewer.slides;

import java.util.List;
import org.briefingviewer.model.Block;
import org.briefingviewer.model.Panel;
import org.briefingviewer.model.SourceParagraph;

/**
 * One 16:9 page of a presented panel: its blocks, where each stands on the stage, and how much the page is shrunk
 * to fit below its title. A panel too long for one page continues on the next, and its title says so.
 *
 * @param panel         the panel the page belongs to
 * @param page          the page within the panel, from 0
 * @param pageCount     how many pages the panel takes
 * @param firstBlock    the index of the page's first block in the panel
 * @param endBlock      the index after the page's last block
 * @param summaryHeight the height of the panel's summary above the blocks, or 0 when the page shows none
 * @param titleHeight   the height of the title
 * @param scale         how much the content below the title is shrunk to fit (1 when it fits as it is)
 * @param placements    the page's blocks in order, each with its place
 */
public record SlidePage(Panel panel, int page, int pageCount, int firstBlock, int endBlock, double summaryHeight,
                        double titleHeight, double scale, List<Placement> placements) {

    public SlidePage {
        placements = List.copyOf(placements);
    }

    /** "Trade", or "Trade (2/3)" for a panel that takes several pages. */
    public String title() {
        return titleOf(panel, page, pageCount);
    }

    /** The title of page {@code page} (from 0) of a panel that takes {@code pageCount} pages. */
    public static String titleOf(Panel panel, int page, int pageCount) {
        return pageCount == 1 ? panel.title() : panel.title() + " (" + (page + 1) + "/" + pageCount + ")";
    }

    /** The panel's summary on its first page; {@code null} elsewhere or when it has none. */
    public String summary() {
        return page == 0 ? panel.summary() : null;
    }

    public List<Block> blocks() {
        return panel.blocks().subList(firstBlock, endBlock);
    }

    /** Where the title's top stands on the stage. */
    public static double titleTop() {
        return SlideStage.PADDING_TOP + StageText.markingHeight();
    }

    /** Where the content below the title starts on the stage. */
    public double contentTop() {
        return titleTop() + titleHeight + SlideStage.SPACING;
    }

    /** The source paragraphs the page's blocks cite, each once, in the order of the source text. */
    public List<String> cited() {
        return blocks().stream().flatMap(block -> block.cites().stream()).distinct()
                .sorted(SourceParagraph.IN_SOURCE_ORDER).toList();
    }

    /** How many items of the page's step-by-step lists are revealed one press at a time. */
    public int buildSteps() {
        return Step.buildSteps(blocks());
    }
}
