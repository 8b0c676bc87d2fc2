package org.briefingviewer.model;

import java.util.List;

/** A list of short points, with an optional title. */
public record BulletList(String id, List<String> cites, String title, List<String> items) implements Block {

    public BulletList {
        cites = Lists.copyOrEmpty(cites);
        items = Lists.copyOrEmpty(items);
    }
}
