package org.briefingviewer.ui;

/** Characters {@code start} (inclusive) to {@code end} (exclusive) of a text. */
public record TextRange(int start, int end) {
}
