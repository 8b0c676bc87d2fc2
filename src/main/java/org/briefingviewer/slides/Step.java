package org.briefingviewer.slides;

import java.util.ArrayList;
import java.util.List;
import org.briefingviewer.model.Block;
import org.briefingviewer.model.BulletList;
import org.briefingviewer.model.Panel;

/**
 * What the room sees after one press of "next" within a panel: a page of it (a panel too long for the screen is
 * split into pages) and how many items of its step-by-step lists are revealed so far.
 *
 * @param page       the page, from 0
 * @param pageCount  how many pages the panel takes
 * @param firstBlock the index of the page's first block
 * @param endBlock   the index after the page's last block
 * @param revealed   how many step-by-step items of the page are shown, counted across its lists in order
 */
public record Step(int page, int pageCount, int firstBlock, int endBlock, int revealed) {

    /** The steps of {@code panel} split into pages starting at the block indexes {@code pageStarts}. */
    public static List<Step> plan(Panel panel, List<Integer> pageStarts) {
        List<Step> steps = new ArrayList<>();
        for (int page = 0; page < pageStarts.size(); page++) {
            int first = pageStarts.get(page);
            int end = page + 1 < pageStarts.size() ? pageStarts.get(page + 1) : panel.blocks().size();
            int items = buildSteps(panel.blocks().subList(first, end));
            for (int revealed = 0; revealed <= items; revealed++) {
                steps.add(new Step(page, pageStarts.size(), first, end, revealed));
            }
        }
        return steps;
    }

    /** The whole panel on one page with every item shown, as an overview tile shows it. */
    public static Step whole(Panel panel) {
        return new Step(0, 1, 0, panel.blocks().size(), buildSteps(panel.blocks()));
    }

    /** How many step-by-step items {@code blocks} reveal one press at a time. */
    static int buildSteps(List<Block> blocks) {
        return blocks.stream().mapToInt(block -> block instanceof BulletList list ? list.buildSteps() : 0).sum();
    }
}
