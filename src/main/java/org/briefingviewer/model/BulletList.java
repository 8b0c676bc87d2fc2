package org.briefingviewer.model;

import java.util.List;

/**
 * A list of short points, with an optional title.
 *
 * @param steps whether a presentation reveals the items one at a time
 */
public record BulletList(String id, List<String> cites, String title, List<String> items, boolean steps)
        implements Block {

    public BulletList {
        cites = Lists.copyOrEmpty(cites);
        items = Lists.copyOrEmpty(items);
    }

    public BulletList(String id, List<String> cites, String title, List<String> items) {
        this(id, cites, title, items, false);
    }

    /** How many presentation steps the items add: one per item when they are revealed one at a time. */
    public int buildSteps() {
        return steps ? items.size() : 0;
    }
}
