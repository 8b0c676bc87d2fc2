package org.briefingviewer.reader;

import java.util.function.Consumer;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.briefingviewer.model.Block;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.KeyFigure;
import org.briefingviewer.model.LinkBlock;
import org.briefingviewer.model.Panel;
import org.briefingviewer.ui.Styles;

/** One panel laid out for reading: its title, summary and blocks in order. */
final class PanelView extends VBox {

    PanelView(Briefing briefing, Panel panel, Consumer<LinkBlock> linkHandler) {
        getStyleClass().add(Styles.PANEL);
        setFillWidth(true);
        Label title = BlockViews.wrapped(panel.title(), Styles.PANEL_TITLE);
        title.setAccessibleRole(AccessibleRole.TEXT);
        getChildren().add(title);
        if (panel.summary() != null) {
            getChildren().add(BlockViews.wrapped(panel.summary(), Styles.PANEL_SUMMARY));
        }
        BlockViews blocks = new BlockViews(briefing, linkHandler);
        FlowPane figureRow = null;
        for (Block block : panel.blocks()) {
            Node node = blocks.create(block);
            if (block instanceof KeyFigure) {
                if (figureRow == null) {
                    figureRow = new FlowPane();
                    figureRow.getStyleClass().add(Styles.FIGURES);
                    getChildren().add(figureRow);
                }
                figureRow.getChildren().add(node);
            } else {
                figureRow = null;
                getChildren().add(node);
            }
        }
    }
}
