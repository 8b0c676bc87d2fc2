package org.briefingviewer.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
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

    private final BlockViews blockViews;
    private FlowPane figureRow;

    public PanelView(Briefing briefing, Panel panel, Consumer<LinkBlock> linkHandler) {
        getStyleClass().add(Styles.PANEL);
        setFillWidth(true);
        Label title = BlockViews.wrapped(panel.title(), Styles.PANEL_TITLE);
        title.setAccessibleRole(AccessibleRole.TEXT);
        getChildren().add(title);
        if (panel.summary() != null) {
            getChildren().add(BlockViews.wrapped(panel.summary(), Styles.PANEL_SUMMARY));
        }
        blockViews = new BlockViews(briefing, linkHandler);
        panel.blocks().forEach(this::add);
    }

    private void add(Block block) {
        Node node = blockViews.create(block);
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

    /** Where a block sits, top to bottom, in this view; blocks sharing a row of figure cards share a span. */
    public record Span(double top, double bottom) {
    }

    /** Each block's span in order, once the view has been laid out. */
    public List<Span> blockSpans() {
        List<Span> spans = new ArrayList<>();
        for (Node child : getChildren()) {
            Bounds bounds = child.getBoundsInParent();
            Span span = new Span(bounds.getMinY(), bounds.getMaxY());
            if (child instanceof FlowPane row) {
                row.getChildren().forEach(card -> spans.add(span));
            } else if (child.getProperties().containsKey(BLOCK_ID)) {
                spans.add(span);
            }
        }
        return spans;
    }

    /** Where the title ends and the first thing below it may start, once the view has been laid out. */
    public double belowTitle() {
        return getChildren().get(0).getBoundsInParent().getMaxY() + getSpacing();
    }

    /** Shows the first {@code count} items of list {@code blockId} and keeps the place of the others. */
    public void revealItems(String blockId, int count) {
        Node list = nodeOf(blockId);
        if (list != null) {
            int item = 0;
            for (Node row : list.lookupAll("." + Styles.BULLET_ROW)) {
                row.setVisible(item++ < count);
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
