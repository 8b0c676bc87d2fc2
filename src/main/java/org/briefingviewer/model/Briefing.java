package org.briefingviewer.model;

import java.util.List;
import java.util.Optional;

/** A complete, validated briefing: its metadata, the source paragraphs it cites and its panels in order. */
public record Briefing(int formatVersion, Metadata metadata, List<SourceParagraph> sources, List<Panel> panels) {

    public Briefing {
        sources = Lists.copyOrEmpty(sources);
        panels = Lists.copyOrEmpty(panels);
    }

    public Optional<Panel> panel(String panelId) {
        return panels.stream().filter(panel -> panel.id().equals(panelId)).findFirst();
    }

    public int indexOf(String panelId) {
        return panel(panelId).map(panels::indexOf).orElse(-1);
    }

    public Optional<SourceParagraph> source(String sourceId) {
        return sources.stream().filter(source -> source.id().equals(sourceId)).findFirst();
    }
}
