package org.briefingviewer.model;

import java.util.List;

/** A section heading inside a panel; level 2 is the highest (the panel title is level 1). */
public record Heading(String id, List<String> cites, String text, Integer level) implements Block {

    public static final int DEFAULT_LEVEL = 2;

    public Heading {
        cites = Lists.copyOrEmpty(cites);
        level = level == null ? DEFAULT_LEVEL : level;
    }
}
