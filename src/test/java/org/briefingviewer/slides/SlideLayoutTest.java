package org.briefingviewer.slides;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.model.Block;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.Heading;
import org.briefingviewer.model.Panel;
import org.briefingviewer.model.Paragraph;
import org.junit.jupiter.api.Test;

/** The one slide layout, as data: pages, titles, placements and steps, measured without a display. */
class SlideLayoutTest {

    private final Briefing summit = new BriefingLoader().loadEmbedded();
    private final SlideLayout layout = new SlideLayout(summit);

    @Test
    void everyBlockOfEveryPanelIsOnExactlyOnePageInOrder() {
        for (Panel panel : summit.panels()) {
            List<Block> placed = layout.pagesOf(panel).stream()
                    .flatMap(page -> page.placements().stream().map(Placement::block)).toList();
            assertThat(placed).as(panel.id()).isEqualTo(panel.blocks());
        }
    }

    @Test
    void everyPageFitsTheStageBelowItsTitleWithoutShrinkingTheTypeMuch() {
        for (SlidePage page : layout.pagesOf(summit.panels())) {
            double room = SlideStage.HEIGHT - SlideStage.PADDING_BOTTOM - page.contentTop();
            for (Placement placement : page.placements()) {
                assertThat(placement.bottom() * page.scale()).as(page.title())
                        .isLessThanOrEqualTo(room + 0.01);
                assertThat(placement.x() + placement.width()).isLessThanOrEqualTo(
                        SlideStage.WIDTH - SlideStage.PADDING_SIDE + 0.01);
            }
            assertThat(page.scale()).as(page.title()).isGreaterThanOrEqualTo(PageBreaks.SMALLEST_SCALE);
        }
    }

    @Test
    void aLongPanelContinuesOnPagesWhoseTitlesSaySo() {
        Panel longPanel = longPanel();

        List<SlidePage> pages = layout.pagesOf(longPanel);

        assertThat(pages).hasSizeGreaterThan(2);
        assertThat(pages).extracting(SlidePage::title).startsWith("Long (1/" + pages.size() + ")")
                .endsWith("Long (" + pages.size() + "/" + pages.size() + ")");
        assertThat(pages.get(0).summary()).isEqualTo("A summary");
        assertThat(pages.get(1).summary()).isNull();
        assertThat(pages.get(1).placements().get(0).y()).as("a continued page starts at its top").isZero();
    }

    @Test
    void aHeadingNeverEndsAPage() {
        for (SlidePage page : layout.pagesOf(longPanel())) {
            assertThat(page.blocks().get(page.blocks().size() - 1)).isNotInstanceOf(Heading.class);
        }
    }

    @Test
    void stepsRevealEachItemOfAStepByStepListOnItsPage() {
        Panel overview = summit.panels().get(0);

        List<Step> steps = layout.stepsOf(overview);

        assertThat(layout.pagesOf(overview)).extracting(SlidePage::buildSteps).containsExactly(4, 0);
        assertThat(steps).extracting(Step::page).containsExactly(0, 0, 0, 0, 0, 1);
        assertThat(steps).extracting(Step::revealed).containsExactly(0, 1, 2, 3, 4, 0);
    }

    private static Panel longPanel() {
        List<Block> blocks = new ArrayList<>();
        for (int block = 0; block < 25; block++) {
            blocks.add(block % 4 == 3 ? new Heading("h" + block, List.of(), "Heading " + block, 2)
                    : new Paragraph("p" + block, List.of(), ("A sentence that runs on for a while. ").repeat(6)));
        }
        return new Panel("long", "Long", null, "A summary", blocks, List.of());
    }
}
