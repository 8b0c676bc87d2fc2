package org.briefingviewer.model;

/** One paragraph of the source text, cited by blocks through its id (p1, p2, ...). */
public record SourceParagraph(String id, String text) {
}
