package org.briefingviewer.reader;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import org.briefingviewer.model.FigureRows;
import org.briefingviewer.ui.Styles;

/**
 * A run of key figure cards in rows, as many across as fit at their preferred width, split as {@link FigureRows}
 * says: never one card alone on a row. A row holding one more than fits shrinks its cards to share the width.
 */
final class FigureGrid extends Pane {

    /** The gap between cards, across and down; the slide layout uses the same. */
    private static final double GAP = 16;
    /** Cards that fit to within a thousandth of a pixel fit. */
    private static final double FIT_TOLERANCE = 1e-6;

    FigureGrid() {
        getStyleClass().add(Styles.FIGURES);
    }

    void add(Node card) {
        getChildren().add(card);
    }

    /** Its height depends on its width, which sets how many cards stand in a row. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        double widths = getManagedChildren().stream().mapToDouble(card -> card.prefWidth(-1)).sum();
        return snappedLeftInset() + widths + GAP * Math.max(0, getManagedChildren().size() - 1) + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset()
                + getManagedChildren().stream().mapToDouble(card -> card.minWidth(-1)).max().orElse(0);
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = (width < 0 ? prefWidth(-1) : width) - snappedLeftInset() - snappedRightInset();
        double height = 0;
        int start = 0;
        List<Node> cards = getManagedChildren();
        for (int size : rowSizes(inner)) {
            height += rowHeight(cards.subList(start, start + size), cardWidth(inner, size)) + GAP;
            start += size;
        }
        return snappedTopInset() + Math.max(0, height - GAP) + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double inner = getWidth() - snappedLeftInset() - snappedRightInset();
        double y = snappedTopInset();
        int start = 0;
        List<Node> cards = getManagedChildren();
        for (int size : rowSizes(inner)) {
            List<Node> row = cards.subList(start, start + size);
            double width = cardWidth(inner, size);
            double height = rowHeight(row, width);
            double x = snappedLeftInset();
            for (Node card : row) {
                double left = snapPositionX(x);
                card.resizeRelocate(left, snapPositionY(y), snapPositionX(x + width) - left, snapSizeY(height));
                x += width + GAP;
            }
            y += height + GAP;
            start += size;
        }
    }

    private List<Integer> rowSizes(double inner) {
        List<Node> cards = getManagedChildren();
        if (cards.isEmpty()) {
            return List.of();
        }
        return FigureRows.sizes(cards.size(), across(inner, cards.get(0).prefWidth(-1)), across(inner, narrowest()));
    }

    private static int across(double inner, double cardWidth) {
        return (int) Math.floor((inner + GAP) / (cardWidth + GAP) + FIT_TOLERANCE);
    }

    /** The width below which some card would cut its text. */
    private double narrowest() {
        return getManagedChildren().stream().mapToDouble(card -> card.minWidth(-1)).max().orElse(0);
    }

    /** The preferred width, or the row's share of the width where that is less, but never below a card's minimum. */
    private double cardWidth(double inner, int cardsInRow) {
        double preferred = getManagedChildren().get(0).prefWidth(-1);
        return Math.max(narrowest(), Math.min(preferred, (inner - GAP * (cardsInRow - 1)) / cardsInRow));
    }

    private static double rowHeight(List<Node> row, double width) {
        return row.stream().mapToDouble(card -> Math.max(card.minHeight(width), card.prefHeight(width)))
                .max().orElse(0);
    }
}
