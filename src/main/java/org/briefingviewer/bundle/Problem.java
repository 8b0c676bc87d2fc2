package org.briefingviewer.bundle;

import java.util.Comparator;

/**
 * One thing wrong with a bundle.
 *
 * @param path   where in the document, as a JSON path such as {@code $.panels[1].blocks[0].cites[0]}
 * @param line   1-based line of that place, or 0 when unknown
 * @param column 1-based column of that place, or 0 when unknown
 */
public record Problem(String path, int line, int column, String message) {

    public static final Comparator<Problem> IN_DOCUMENT_ORDER = Comparator.comparingInt(Problem::line)
            .thenComparingInt(Problem::column).thenComparing(Problem::path).thenComparing(Problem::message);

    public String describe() {
        String where = line > 0 ? line + ":" + column + " " : "";
        return where + path + ": " + message;
    }
}
