package org.briefingviewer.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.Parent;
import org.briefingviewer.appearance.Appearance;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.Panel;
import org.briefingviewer.slides.Placement;
import org.briefingviewer.slides.SlideLayout;
import org.briefingviewer.slides.SlidePage;
import org.briefingviewer.slides.Step;
import org.briefingviewer.ui.Styles;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The slide layout is measured from the shipped fonts' metrics, without JavaFX; the audience view draws the same
 * pages with JavaFX. Each block the room sees must stand as tall on screen as the layout says, or the exports'
 * pages would drift from the room's.
 */
@ExtendWith(ApplicationExtension.class)
class SlideLayoutOnStageTest {

    /** How far a block's height on screen may differ from the layout's: JavaFX rounds each line to whole pixels. */
    private static final double TOLERANCE = 0.02;
    private static final double SLACK = 3;

    static Stream<Briefing> briefings() throws Exception {
        BriefingLoader loader = new BriefingLoader();
        return Stream.of(loader.loadEmbedded(), loader.load(Path.of("docs", "examples", "minimal")));
    }

    @ParameterizedTest
    @MethodSource("briefings")
    void everyBlockStandsAsTallOnScreenAsTheLayoutSays(Briefing briefing) throws Exception {
        SlideLayout layout = new SlideLayout(briefing);
        List<String> differences = new ArrayList<>();
        for (Panel panel : briefing.panels()) {
            for (SlidePage page : layout.pagesOf(panel)) {
                Step whole = new Step(page.page(), page.pageCount(), page.firstBlock(), page.endBlock(),
                        page.buildSteps());
                List<Double> onScreen = WaitForAsyncUtils.asyncFx(() -> blockHeights(briefing, panel, whole)).get();
                for (int block = 0; block < onScreen.size(); block++) {
                    Placement placed = page.placements().get(block);
                    double drawn = onScreen.get(block);
                    if (Math.abs(drawn - placed.height()) > Math.max(SLACK, TOLERANCE * drawn)) {
                        differences.add(placed.block().getClass().getSimpleName() + " " + placed.block().id()
                                + ": layout " + Math.round(placed.height()) + " px, screen " + Math.round(drawn));
                    }
                }
            }
        }
        assertThat(differences).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("briefings")
    void theRoomsPagesBreakWhereTheLayoutBreaksThemAndFitTheStage(Briefing briefing) throws Exception {
        SlideLayout layout = new SlideLayout(briefing);
        for (Panel panel : briefing.panels()) {
            for (SlidePage page : layout.pagesOf(panel)) {
                Step whole = new Step(page.page(), page.pageCount(), page.firstBlock(), page.endBlock(),
                        page.buildSteps());
                double scale = WaitForAsyncUtils.asyncFx(() -> laidOut(briefing, panel, whole).scale()).get();
                assertThat(scale).as("%s page %d", panel.id(), page.page())
                        .isCloseTo(page.scale(), org.assertj.core.data.Offset.offset(0.05));
            }
        }
    }

    private static Slide laidOut(Briefing briefing, Panel panel, Step step) {
        Appearance.prepareControls();
        Slide slide = new Slide(briefing, panel, step, Slide.Viewer.ROOM);
        Group group = new Group(slide);
        Appearance.style(new Scene(group));
        group.applyCss();
        group.layout();
        return slide;
    }

    /** The height of each block's node on the room's slide, in stage pixels before shrinking. */
    private static List<Double> blockHeights(Briefing briefing, Panel panel, Step step) {
        Slide slide = laidOut(briefing, panel, step);
        List<Double> heights = new ArrayList<>();
        for (Node child : slide.page().getChildren()) {
            if (child.getStyleClass().contains(Styles.FIGURES)) {
                ((Parent) child).getChildrenUnmodifiable()
                        .forEach(card -> heights.add(card.getBoundsInParent().getHeight()));
            } else if (child.getProperties().containsKey("briefing-block-id")) {
                Bounds bounds = child.getBoundsInParent();
                heights.add(bounds.getHeight());
            }
        }
        return heights;
    }
}
