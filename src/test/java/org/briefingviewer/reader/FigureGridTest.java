package org.briefingviewer.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.briefingviewer.appearance.Appearance;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.model.Block;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.KeyFigure;
import org.briefingviewer.model.Panel;
import org.briefingviewer.ui.Styles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Key figure cards on screen: rows as even as they can be, never one card alone on a row. */
@ExtendWith(ApplicationExtension.class)
class FigureGridTest {

    private static final Briefing SUMMIT = new BriefingLoader().loadEmbedded();

    @Test
    void fourCardsWhereThreeFitStandTwoByTwo() {
        assertThat(rowsOf(4, 1300)).containsExactly(2, 2);
    }

    @Test
    void threeCardsWhereTwoFitShareOneRowShrunkOrStandOneBelowTheOther() {
        assertThat(rowsOf(3, 680)).containsExactly(3);
        assertThat(rowsOf(3, 480)).containsExactly(1, 1, 1);
    }

    @Test
    void threeCardsWhereThreeFitShareOneRowAtTheirOwnWidth() {
        assertThat(rowsOf(3, 1300)).containsExactly(3);
    }

    /** The number of cards in each row of a panel of {@code count} key figures laid out {@code width} wide. */
    private static List<Integer> rowsOf(int count, double width) {
        KeyFigure template = (KeyFigure) SUMMIT.panel("trade").orElseThrow().blocks().get(1);
        List<Block> figures = IntStream.range(0, count).<Block>mapToObj(index -> new KeyFigure("figure-" + index,
                template.cites(), template.label(), template.value(), template.before(), template.prefix(),
                template.unit(), false)).toList();
        Panel panel = new Panel("figures", "Figures", null, null, figures, List.of());
        List<Integer> rows = new ArrayList<>();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            PanelView view = new PanelView(SUMMIT, panel, link -> { });
            StackPane root = new StackPane(view);
            Scene scene = new Scene(root, width, 1000);
            view.setMaxWidth(width);
            Appearance.style(scene);
            root.applyCss();
            root.layout();
            Node grid = view.lookup("." + Styles.FIGURES);
            double lastY = Double.NaN;
            double bottom = 0;
            for (Node card : ((javafx.scene.Parent) grid).getChildrenUnmodifiable()) {
                double y = card.getBoundsInParent().getMinY();
                if (y != lastY) {
                    rows.add(0);
                    lastY = y;
                }
                rows.set(rows.size() - 1, rows.get(rows.size() - 1) + 1);
                assertThat(card.getBoundsInParent().getMaxX()).as("inside the grid")
                        .isLessThanOrEqualTo(grid.getLayoutBounds().getWidth() + 0.5);
                bottom = Math.max(bottom, card.getBoundsInParent().getMaxY());
            }
            assertThat(grid.getLayoutBounds().getHeight()).as("as tall as its rows, no taller")
                    .isCloseTo(bottom, org.assertj.core.data.Offset.offset(1.0));
        });
        return rows;
    }
}
