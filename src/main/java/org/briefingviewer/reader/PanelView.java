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

/**
 * One panel laid out for reading or presenting: its title, summary and blocks in order. A view may start with its
 * title and summary alone and add its blocks later: only as many as fill the reader's window before the frame that
 * shows it, the others after that frame.
 */
public final class PanelView extends VBox {

    /** The key under which each block's node records its block id. */
    static final String BLOCK_ID = "briefing-block-id";

    private final List<Block> blocks;
    private final BlockViews blockViews;
    private int blocksAdded;
    private FlowPane figureRow;

    /** A view of the whole panel. */
    public PanelView(Briefing briefing, Panel panel, Consumer<LinkBlock> linkHandler) {
        this(briefing, panel, linkHandler, true);
    }

    private PanelView(Briefing briefing, Panel panel, Consumer<LinkBlock> linkHandler, boolean whole) {
        getStyleClass().add(Styles.PANEL);
        setFillWidth(true);
        Label title = BlockViews.wrapped(panel.title(), Styles.PANEL_TITLE);
        title.setAccessibleRole(AccessibleRole.TEXT);
        getChildren().add(title);
        if (panel.summary() != null) {
            getChildren().add(BlockViews.wrapped(panel.summary(), Styles.PANEL_SUMMARY));
        }
        blocks = panel.blocks();
        blockViews = new BlockViews(briefing, linkHandler);
        if (whole) {
            complete();
        }
    }

    /** A view holding the panel's title and summary, whose blocks {@link #fill} and {@link #complete} add. */
    static PanelView headed(Briefing briefing, Panel panel, Consumer<LinkBlock> linkHandler) {
        return new PanelView(briefing, panel, linkHandler, false);
    }

    /** Whether every block has been added. */
    boolean isComplete() {
        return blocksAdded == blocks.size();
    }

    /** Adds the blocks not added yet. */
    void complete() {
        while (!isComplete()) {
            addNextBlock();
        }
    }

    /**
     * Adds blocks, styled, until the view is {@code height} tall at {@code width} or has them all. The view must be
     * in a scene and styled: each block is measured as it will be drawn.
     */
    void fill(double width, double height) {
        double inner = width - snappedLeftInset() - snappedRightInset();
        List<Node> children = getChildren();
        double above = snappedTopInset();
        for (Node child : children.subList(0, children.size() - 1)) {
            above += child.prefHeight(inner) + getSpacing();
        }
        Node last = children.get(children.size() - 1);
        double lastHeight = last.prefHeight(inner);
        while (!isComplete() && above + lastHeight < height) {
            addNextBlock().applyCss();
            Node newLast = children.get(children.size() - 1);
            if (newLast != last) {
                above += lastHeight + getSpacing();
                last = newLast;
            }
            lastHeight = last.prefHeight(inner);
        }
    }

    /** Adds the next block and returns its node. */
    private Node addNextBlock() {
        Block block = blocks.get(blocksAdded++);
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
        return node;
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
        complete();
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
