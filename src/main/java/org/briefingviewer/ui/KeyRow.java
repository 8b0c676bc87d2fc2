package org.briefingviewer.ui;

/** One line of a key list: the keys, and what they do. */
public record KeyRow(String keys, String action) {
}
