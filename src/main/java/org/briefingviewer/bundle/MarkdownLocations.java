package org.briefingviewer.bundle;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The places in a Markdown file that each value of the briefing read from it came from. */
final class MarkdownLocations implements Locations {

    private final String file;
    private final Map<String, Place> byPath = new HashMap<>();

    MarkdownLocations(String file) {
        this.file = file;
    }

    void put(String path, Place place) {
        if (place != null) {
            byPath.putIfAbsent(path, place);
        }
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public Optional<Place> find(String path) {
        return Optional.ofNullable(byPath.get(path));
    }
}
