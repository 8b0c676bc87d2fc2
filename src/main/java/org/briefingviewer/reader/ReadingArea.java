package org.briefingviewer.reader;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import org.briefingviewer.model.LinkBlock;
import org.briefingviewer.model.Panel;
import org.briefingviewer.ui.Styles;

/** The scrolling page that shows the selected panel, built whole each time a panel is shown. */
public final class ReadingArea extends ScrollPane {

    /** Room left above a revealed block, so that it does not touch the window's edge. */
    private static final double REVEAL_MARGIN = 24;

    private final ReaderViewModel viewModel;
    private final StackPane page = new StackPane();
    private Consumer<LinkBlock> linkHandler = link -> { };
    private Consumer<String> sourceOpener;
    private PanelView shownView;
    private Node highlighted;

    public ReadingArea(ReaderViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add(Styles.READING_AREA);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setFocusTraversable(true);
        setAccessibleText("Panel content");
        page.setAlignment(Pos.TOP_CENTER);
        setContent(page);
        showPanel(null, viewModel.getSelectedPanel());
        viewModel.selectedPanelProperty().addListener((obs, old, panel) -> showPanel(old, panel));
        viewModel.briefingProperty().addListener((obs, old, briefing) -> {
            Panel shown = viewModel.getSelectedPanel();
            if (shown != null && briefing.panels().contains(shown)) {
                showPanel(shown, shown);
            }
        });
    }

    /** What happens when the reader activates a link in the content. */
    void setLinkHandler(Consumer<LinkBlock> handler) {
        linkHandler = handler;
    }

    /** Offers "Show in source text" in each citation's popover, which hands the paragraph's id to {@code opener}. */
    public void setSourceOpener(Consumer<String> opener) {
        sourceOpener = opener;
    }

    /** Shows {@code panel}; when it is the panel already shown (a reload), the reader keeps their place. */
    private void showPanel(Panel previous, Panel panel) {
        unmarkHighlighted();
        if (panel == null) {
            shownView = null;
            page.getChildren().clear();
            return;
        }
        boolean samePanel = previous != null && previous.id().equals(panel.id());
        double position = samePanel ? getVvalue() : 0;
        shownView = new PanelView(viewModel.getBriefing(), panel, link -> linkHandler.accept(link),
                () -> sourceOpener);
        page.getChildren().setAll(shownView);
        if (samePanel) {
            applyCss();
            layout();
        }
        setVvalue(position);
    }

    /** Takes the mark off the block last revealed, leaving the reader where they are. */
    public void clearMark() {
        unmarkHighlighted();
    }

    private void unmarkHighlighted() {
        if (highlighted != null) {
            highlighted.getStyleClass().remove(Styles.SEARCH_HIT);
            highlighted = null;
        }
    }

    /**
     * Marks block {@code blockId} of the shown panel, until another is marked, and scrolls it into view unless it is
     * in view already.
     */
    public void revealBlock(String blockId) {
        unmarkHighlighted();
        Node node = blockId == null || shownView == null ? null : shownView.nodeOf(blockId);
        if (node == null) {
            setVvalue(0);
            return;
        }
        node.getStyleClass().add(Styles.SEARCH_HIT);
        highlighted = node;
        applyCss();
        layout();
        Node viewportNode = lookup(".viewport");
        if (viewportNode != null && viewportNode.localToScene(viewportNode.getLayoutBounds())
                .contains(node.localToScene(node.getLayoutBounds()))) {
            return;
        }
        double contentHeight = page.getHeight();
        double viewport = getViewportBounds().getHeight();
        double top = page.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
        setVvalue(contentHeight <= viewport ? 0
                : Math.min(1, Math.max(0, (top - REVEAL_MARGIN) / (contentHeight - viewport))));
    }

    /** Where the reader has scrolled to in the panel, from 0 (top) to 1 (bottom). */
    public double getScrollPosition() {
        return getVvalue();
    }

    /** Scrolls to {@code position} of the panel as it is laid out now. */
    public void setScrollPosition(double position) {
        applyCss();
        layout();
        setVvalue(position);
    }
}
