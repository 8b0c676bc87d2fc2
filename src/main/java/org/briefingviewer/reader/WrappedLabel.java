package org.briefingviewer.reader;

import javafx.scene.control.Label;

/**
 * A label whose text wraps, which measures its height once per width. A layout pass asks each label in a panel for
 * its height many times over (once for each enclosing box's preferred, minimum and actual layout), and every
 * answer from {@link Label} lays the text out anew; anything that can change the answer asks for a new layout.
 */
final class WrappedLabel extends Label {

    private double measuredWidth = Double.NaN;
    private double measuredHeight;

    WrappedLabel(String text) {
        super(text);
        setWrapText(true);
    }

    @Override
    protected double computePrefHeight(double width) {
        if (Double.compare(width, measuredWidth) != 0) {
            measuredHeight = super.computePrefHeight(width);
            measuredWidth = width;
        }
        return measuredHeight;
    }

    @Override
    public void requestLayout() {
        measuredWidth = Double.NaN;
        super.requestLayout();
    }
}
