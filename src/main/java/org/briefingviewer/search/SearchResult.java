package org.briefingviewer.search;

/**
 * One place a query matched.
 *
 * @param blockId        the matching block, or {@code null} when the panel's title or summary matched
 * @param snippet        the text around the match
 * @param highlightStart where the match starts in {@code snippet}
 * @param highlightEnd   where it ends
 */
public record SearchResult(String panelId, String panelTitle, String blockId, String snippet, int highlightStart,
                           int highlightEnd) {
}
