package org.briefingviewer.model;

import java.util.List;
import java.util.stream.Stream;

/**
 * A list of short points, each with points of its own below it where needed, and an optional title.
 *
 * @param steps whether a presentation reveals the items one at a time
 */
public record BulletList(String id, List<String> cites, String title, List<Item> items, boolean steps)
        implements Block {

    public BulletList {
        cites = Lists.copyOrEmpty(cites);
        items = Lists.copyOrEmpty(items);
    }

    /** A list of plain points, one level. */
    public static BulletList of(String id, List<String> cites, String title, List<String> items, boolean steps) {
        return new BulletList(id, cites, title, items.stream().map(Item::new).toList(), steps);
    }

    /** How many presentation steps the items add: one per item when they are revealed one at a time. */
    public int buildSteps() {
        return steps ? items.size() : 0;
    }

    /** Every point's text, each item followed by the points below it. */
    public Stream<String> texts() {
        return items.stream().flatMap(item -> Stream.concat(Stream.of(item.text()), item.items().stream()));
    }

    /**
     * One point of the list.
     *
     * @param items the points below it, or none
     */
    public record Item(String text, List<String> items) {

        public Item {
            items = Lists.copyOrEmpty(items);
        }

        public Item(String text) {
            this(text, List.of());
        }
    }
}
