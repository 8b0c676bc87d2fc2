package org.briefingviewer.reader;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
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
    private FigureGrid figureRow;

    public PanelView(Briefing briefing, Panel panel, Consumer<LinkBlock> linkHandler) {
        this(briefing, panel, linkHandler, () -> null, true);
    }

    /** @param sourceOpener gives what shows a source paragraph in the Source Text window, or null where none does */
    PanelView(Briefing briefing, Panel panel, Consumer<LinkBlock> linkHandler,
              Supplier<Consumer<String>> sourceOpener) {
        this(briefing, panel, linkHandler, sourceOpener, true);
    }

    private PanelView(Briefing briefing, Panel panel, Consumer<LinkBlock> linkHandler,
                      Supplier<Consumer<String>> sourceOpener, boolean withTitle) {
        getStyleClass().add(Styles.PANEL);
        setFillWidth(true);
        if (withTitle) {
            getChildren().add(title(panel.title()));
        }
        if (panel.summary() != null) {
            getChildren().add(BlockViews.wrapped(panel.summary(), Styles.PANEL_SUMMARY));
        }
        blockViews = new BlockViews(briefing, linkHandler, sourceOpener);
        panel.blocks().forEach(this::add);
    }

    /** A panel's summary and blocks without its title, for a stage that places the title itself. */
    public static PanelView withoutTitle(Briefing briefing, Panel panel) {
        return new PanelView(briefing, panel, link -> { }, () -> null, false);
    }

    /** A panel's title as the reading view and the stage show it. */
    public static Label title(String text) {
        Label title = BlockViews.wrapped(text, Styles.PANEL_TITLE);
        title.setAccessibleRole(AccessibleRole.TEXT);
        return title;
    }

    private void add(Block block) {
        Node node = blockViews.create(block);
        node.getProperties().put(BLOCK_ID, block.id());
        if (block instanceof KeyFigure) {
            if (figureRow == null) {
                figureRow = new FigureGrid();
                getChildren().add(figureRow);
            }
            figureRow.add(node);
        } else {
            figureRow = null;
            getChildren().add(node);
        }
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

    /** Hides block {@code blockId} and keeps its place, so that nothing moves when it is shown. */
    public void conceal(String blockId) {
        Node block = nodeOf(blockId);
        if (block != null) {
            block.setVisible(false);
        }
    }

    /** Leaves out every citation mark, for a view only looked at from a distance. */
    public void leaveOutCitations() {
        for (Node marks : lookupAll("." + Styles.CITATIONS)) {
            marks.setVisible(false);
            marks.setManaged(false);
        }
    }

    /** The node showing block {@code blockId}, or {@code null}. */
    Node nodeOf(String blockId) {
        for (Node child : getChildren()) {
            if (blockId.equals(child.getProperties().get(BLOCK_ID))) {
                return child;
            }
            if (child instanceof FigureGrid row) {
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
