package org.briefingviewer.bundle;

import java.util.Optional;

/**
 * Where each value of a briefing document stands in the file the author wrote, keyed by JSON path
 * ({@code $.panels[0].title}), whether that file is JSON or Markdown.
 */
interface Locations {

    /** A place in a file, 1-based. */
    record Place(int line, int column) {
    }

    /** The file problems are reported in. */
    String file();

    /** The place of the value at exactly {@code path}, if it was located. */
    Optional<Place> find(String path);

    /** The error at {@code path}, located at that path or, failing that, at its nearest located ancestor. */
    default Problem problemAt(String path, String message, String hint) {
        for (String candidate = path; candidate != null; candidate = parentOf(candidate)) {
            Optional<Place> place = find(candidate);
            if (place.isPresent()) {
                return Problem.error(file(), path, place.get().line(), place.get().column(), message, hint);
            }
        }
        return Problem.error(file(), path, 0, 0, message, hint);
    }

    default Problem warningAt(String path, String message, String hint) {
        return problemAt(path, message, hint).withSeverity(Problem.Severity.WARNING);
    }

    static String parentOf(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? null : path.substring(0, cut);
    }
}
