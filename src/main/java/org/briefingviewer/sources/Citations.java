package org.briefingviewer.sources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefingviewer.model.Block;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.Panel;
import org.briefingviewer.model.SourceParagraph;

/** Which blocks cite each source paragraph, in briefing order. */
public final class Citations {

    /** A block that cites a paragraph. */
    public record Citing(Panel panel, Block block) {
    }

    private Citations() {
    }

    public static Map<SourceParagraph, List<Citing>> of(Briefing briefing) {
        Map<SourceParagraph, List<Citing>> citing = new LinkedHashMap<>();
        briefing.sources().forEach(source -> citing.put(source, new ArrayList<>()));
        for (Panel panel : briefing.panels()) {
            for (Block block : panel.blocks()) {
                for (String id : block.cites()) {
                    briefing.source(id).ifPresent(source -> citing.get(source).add(new Citing(panel, block)));
                }
            }
        }
        return citing;
    }
}
