package org.briefingviewer.model;

import java.util.List;

public record Paragraph(String id, List<String> cites, String text) implements Block {

    public Paragraph {
        cites = Lists.copyOrEmpty(cites);
    }
}
