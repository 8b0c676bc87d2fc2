package org.briefingviewer.reader;

/**
 * Where the reader was: a briefing by id, its panel, and how far down the panel, from 0 (top) to 1 (bottom).
 */
public record ReadingPlace(String briefingId, String panelId, double scroll) {
}
