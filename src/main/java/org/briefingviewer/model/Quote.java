package org.briefingviewer.model;

import java.util.List;

/** Words quoted verbatim from the source, with who they are attributed to. */
public record Quote(String id, List<String> cites, String speaker, String text) implements Block {

    public Quote {
        cites = Lists.copyOrEmpty(cites);
    }
}
