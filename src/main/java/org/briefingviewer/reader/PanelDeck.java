package org.briefingviewer.reader;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import org.briefingviewer.model.Panel;
import org.briefingviewer.ui.OneChildShown;

/**
 * The reading area's content: the panel shown, and two others kept hidden but styled and laid out (the one ahead
 * and the one just left), so that going to one of them shows nodes that are ready rather than building them. A
 * panel not kept is shown with as many blocks as fill the window, and {@link #completeShown()} adds the rest. Only
 * the panel shown is drawn, sized and counted in this region's size. Few are kept: views kept longer outlive the
 * young generation, and the old one then fills with them and needs full collections. Views are found by the panel
 * object, not by equal content: a panel record's equality compares every block in it, and another version of the
 * briefing clears the deck anyway.
 */
final class PanelDeck extends OneChildShown<PanelView> {

    private static final int CAPACITY = 3;

    private final Function<Panel, PanelView> builder;
    /** Least recently used first. */
    private final List<Kept> kept = new ArrayList<>(CAPACITY + 1);
    private Panel shownPanel;

    PanelDeck(Function<Panel, PanelView> builder) {
        this.builder = builder;
    }

    /**
     * Shows {@code panel}, from the views kept when it is one of them. The panel left counts as the most recently
     * used but for this one, so it outlasts a panel readied but never shown. A view built now gets the blocks that
     * fill {@code height}, or all of them while this deck has not been laid out yet.
     */
    void show(Panel panel, double height) {
        if (shownPanel != null) {
            markUsed(shownPanel);
        }
        PanelView view = viewOf(panel);
        showChild(view);
        shownPanel = panel;
        if (view.isComplete()) {
            return;
        }
        view.applyCss();
        double width = readingWidth(view);
        if (width > 0 && height > 0) {
            view.fill(width, height);
        } else {
            view.complete();
        }
    }

    /** Adds to the panel shown the blocks it was shown without. */
    void completeShown() {
        if (shownChild() != null) {
            shownChild().complete();
        }
    }

    /** The view of the panel shown, or {@code null} when none is. */
    PanelView shownView() {
        return shownChild();
    }

    /** Builds, styles and lays out {@code panel} out of sight, at the width of the panel shown, unless kept already. */
    void prepare(Panel panel) {
        if (shownChild() == null || indexOf(panel) >= 0) {
            return;
        }
        PanelView view = viewOf(panel);
        view.complete();
        view.applyCss();
        double width = readingWidth(view);
        view.resize(width, view.prefHeight(width));
        view.layout();
    }

    /** Forgets every view, as when another briefing (or another version of this one) is shown. */
    void clear() {
        kept.clear();
        dropAll();
        shownPanel = null;
    }

    private double readingWidth(PanelView view) {
        return Math.min(getWidth() - snappedLeftInset() - snappedRightInset(), view.maxWidth(-1));
    }

    /** Moves {@code panel}'s view, if kept, to the most recently used end. */
    private Kept markUsed(Panel panel) {
        int index = indexOf(panel);
        if (index < 0) {
            return null;
        }
        Kept used = kept.remove(index);
        kept.add(used);
        return used;
    }

    private PanelView viewOf(Panel panel) {
        Kept used = markUsed(panel);
        if (used != null) {
            return used.view();
        }
        PanelView view = builder.apply(panel);
        kept.add(new Kept(panel, view));
        holdHidden(view);
        forgetLeastRecent();
        return view;
    }

    private int indexOf(Panel panel) {
        for (int index = 0; index < kept.size(); index++) {
            if (kept.get(index).panel() == panel) {
                return index;
            }
        }
        return -1;
    }

    private void forgetLeastRecent() {
        Iterator<Kept> leastRecentFirst = kept.iterator();
        while (kept.size() > CAPACITY && leastRecentFirst.hasNext()) {
            PanelView view = leastRecentFirst.next().view();
            if (view != shownChild()) {
                leastRecentFirst.remove();
                getChildren().remove(view);
            }
        }
    }

    private record Kept(Panel panel, PanelView view) {
    }

    /** Its height depends on its width, as a panel's does: the scroll pane then asks for the height at its width. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected void layoutChildren() {
        PanelView shown = shownChild();
        if (shown != null) {
            layoutInArea(shown, snappedLeftInset(), snappedTopInset(),
                    getWidth() - snappedLeftInset() - snappedRightInset(),
                    getHeight() - snappedTopInset() - snappedBottomInset(), 0, HPos.CENTER, VPos.TOP);
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        PanelView shown = shownChild();
        double insets = snappedTopInset() + snappedBottomInset();
        if (shown == null) {
            return insets;
        }
        double inner = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
        return insets + shown.prefHeight(inner < 0 ? -1 : Math.min(inner, shown.maxWidth(-1)));
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + (shownChild() == null ? 0 : shownChild().prefWidth(-1));
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + (shownChild() == null ? 0 : shownChild().minWidth(-1));
    }
}
