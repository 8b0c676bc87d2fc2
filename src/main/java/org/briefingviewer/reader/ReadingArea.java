package org.briefingviewer.reader;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;
import org.briefingviewer.model.LinkBlock;
import org.briefingviewer.model.Panel;
import org.briefingviewer.model.SourceParagraph;
import org.briefingviewer.ui.SelectablePage;
import org.briefingviewer.ui.Styles;
import org.briefingviewer.ui.TextRange;

/** The scrolling page that shows the selected panel, built whole each time a panel is shown. */
public final class ReadingArea extends ScrollPane {

    /** Room left above a revealed block, so that it does not touch the window's edge. */
    private static final double REVEAL_MARGIN = 24;

    private final ReaderViewModel viewModel;
    private final SelectablePage page = new SelectablePage();
    private Consumer<LinkBlock> linkHandler = link -> { };
    private Consumer<String> sourceOpener;
    private PanelView shownView;

    public ReadingArea(ReaderViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add(Styles.READING_AREA);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.AS_NEEDED);
        setFocusTraversable(true);
        setAccessibleText("Panel content");
        setContent(page);
        page.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> requestFocus());
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
        if (panel == null) {
            shownView = null;
            page.setContent(null);
            return;
        }
        boolean samePanel = previous != null && previous.id().equals(panel.id());
        double position = samePanel ? getVvalue() : 0;
        shownView = new PanelView(viewModel.getBriefing(), panel, link -> linkHandler.accept(link),
                () -> sourceOpener);
        page.setContent(shownView);
        if (samePanel) {
            applyCss();
            layout();
        }
        setVvalue(position);
    }

    /** Takes the search marks off, leaving the reader where they are. */
    public void clearMark() {
        page.setMarks(List.of());
    }

    /**
     * Marks every stretch of the shown panel's text that {@code finder} finds. The first found in block
     * {@code blockId} (in the title or summary when it is null) is the current one, scrolled into view unless it is
     * in view already.
     */
    public void showMatches(Function<String, List<TextRange>> finder, String blockId) {
        List<SelectablePage.Mark> marks = new ArrayList<>();
        SelectablePage.Mark current = null;
        for (Label label : page.labels()) {
            boolean inBlock = Objects.equals(blockId, blockOf(label));
            for (TextRange range : finder.apply(label.getText())) {
                boolean isCurrent = current == null && inBlock;
                SelectablePage.Mark mark = new SelectablePage.Mark(label, range.start(), range.end(), isCurrent);
                current = isCurrent ? mark : current;
                marks.add(mark);
            }
        }
        page.setMarks(marks);
        Node target = current != null ? current.label() : blockId == null ? null : shownView.nodeOf(blockId);
        scrollIntoView(target);
    }

    /** Marks all the text of block {@code blockId} and scrolls it into view unless it is in view already. */
    public void revealBlock(String blockId) {
        List<SelectablePage.Mark> marks = new ArrayList<>();
        for (Label label : page.labels()) {
            if (blockId.equals(blockOf(label))) {
                marks.add(new SelectablePage.Mark(label, 0, label.getText().length(), false));
            }
        }
        page.setMarks(marks);
        scrollIntoView(shownView == null ? null : shownView.nodeOf(blockId));
    }

    /** The id of the block {@code node} shows part of, or null for the panel's title and summary. */
    String blockOf(Node node) {
        for (Node at = node; at != null && at != shownView; at = at.getParent()) {
            Object id = at.getProperties().get(PanelView.BLOCK_ID);
            if (id != null) {
                return (String) id;
            }
        }
        return null;
    }

    private void scrollIntoView(Node node) {
        if (node == null) {
            setVvalue(0);
            return;
        }
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

    /**
     * The selected text followed by the marks of the paragraphs the selected blocks cite and the briefing's title.
     */
    public String selectionWithCitation() {
        String text = page.selectedText();
        Set<String> blockIds = new HashSet<>();
        page.selectedLabels().forEach(label -> blockIds.add(blockOf(label)));
        Panel panel = viewModel.getSelectedPanel();
        List<String> cites = panel == null ? List.of() : panel.blocks().stream()
                .filter(block -> blockIds.contains(block.id()))
                .flatMap(block -> block.cites().stream())
                .distinct().sorted(SourceParagraph.IN_SOURCE_ORDER).toList();
        String marks = cites.isEmpty() ? "" : BlockViews.marks(cites);
        String cited = marks.isEmpty() || text.endsWith(marks) ? text : text + " " + marks;
        return cited + "\n— " + viewModel.getBriefing().metadata().title();
    }

    /** The page the panel is shown on, whose text the reader can select. */
    public SelectablePage page() {
        return page;
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
