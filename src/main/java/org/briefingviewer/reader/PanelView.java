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

/** One panel laid out for reading or presenting: its title, summary and blocks in order. */
public final class PanelView extends VBox {

    /** The key under which each block's node records its block id. */
    static final String BLOCK_ID = "briefing-block-id";

    public PanelView(Briefing briefing, Panel panel, Consumer<LinkBlock> linkHandler) {
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
            node.getProperties().put(BLOCK_ID, block.id());
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

    /** The node showing block {@code blockId}, or {@code null}. */
    Node nodeOf(String blockId) {
        for (Node child : getChildren()) {
            if (blockId.equals(child.getProperties().get(BLOCK_ID))) {
                return child;
            }
            if (child instanceof FlowPane row) {
                for (Node card : row.getChildren()) {
                    if (blockId.equals(card.getProperties().get(BLOCK_ID))) {
                        return card;
                    }
                }
            }
        }
        return null;
    }
}
