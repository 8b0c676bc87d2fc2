package org.briefingviewer.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How a run of key figure cards is split into rows, the same on screen, on slides and on paper: rows as even as
 * they can be, and never one card left alone on a row. Where that would happen, a row takes one card more than fits,
 * and its cards shrink to share the width.
 */
public final class FigureRows {

    private FigureRows() {
    }

    /**
     * The number of cards in each row, first row first, for {@code count} cards of which {@code fitting} fit side by
     * side; a row may take one more, shrunk.
     */
    public static List<Integer> sizes(int count, int fitting) {
        return sizes(count, fitting, fitting + 1);
    }

    /**
     * As {@link #sizes(int, int)}, where only {@code fittingShrunk} fit even shrunk to their narrowest; when no row
     * can take one more, the cards stand one below the other rather than leave one alone.
     */
    public static List<Integer> sizes(int count, int fitting, int fittingShrunk) {
        int perRow = Math.max(1, fitting);
        if (count <= 0) {
            return List.of();
        }
        if (count <= perRow) {
            return List.of(count);
        }
        int rows = ceilDiv(count, perRow);
        if (perRow > 1 && count >= 2 * rows) {
            return even(count, rows);
        }
        if (perRow > 1 && fittingShrunk > perRow) {
            return even(count, ceilDiv(count, perRow + 1));
        }
        return Collections.nCopies(count, 1);
    }

    /** {@code count} cards in {@code rows} rows, the first rows taking one more where they cannot all be equal. */
    private static List<Integer> even(int count, int rows) {
        List<Integer> sizes = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            sizes.add(count / rows + (row < count % rows ? 1 : 0));
        }
        return List.copyOf(sizes);
    }

    private static int ceilDiv(int dividend, int divisor) {
        return (dividend + divisor - 1) / divisor;
    }
}
