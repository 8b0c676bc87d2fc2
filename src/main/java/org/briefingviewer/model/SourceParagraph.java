package org.briefingviewer.model;

import java.util.Comparator;

/** One paragraph of the source text, cited by blocks through its id (p1, p2, ...). */
public record SourceParagraph(String id, String text) {

    /** Orders ids by their paragraph number: p2 before p10. */
    public static final Comparator<String> IN_SOURCE_ORDER = Comparator.comparingInt(String::length)
            .thenComparing(Comparator.naturalOrder());
}
