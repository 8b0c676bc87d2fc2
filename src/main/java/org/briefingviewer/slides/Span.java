package org.briefingviewer.slides;

/** Where a block sits, top to bottom, below a page's title; blocks sharing a row of figure cards share a span. */
public record Span(double top, double bottom) {
}
