package org.briefingviewer.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A complete, validated briefing: its metadata, the source paragraphs it cites, its panels in order, and the
 * checked pictures its image blocks show, by their {@code src}.
 */
public record Briefing(int formatVersion, Metadata metadata, List<SourceParagraph> sources, List<Panel> panels,
                       Map<String, ImageData> images) {

    public Briefing {
        sources = Lists.copyOrEmpty(sources);
        panels = Lists.copyOrEmpty(panels);
        images = images == null ? Map.of() : Map.copyOf(images);
    }

    public Briefing(int formatVersion, Metadata metadata, List<SourceParagraph> sources, List<Panel> panels) {
        this(formatVersion, metadata, sources, panels, Map.of());
    }

    public Briefing withImages(Map<String, ImageData> checkedImages) {
        return new Briefing(formatVersion, metadata, sources, panels, checkedImages);
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
