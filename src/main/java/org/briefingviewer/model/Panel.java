package org.briefingviewer.model;

import java.util.List;

/** One navigable panel of a briefing. */
public record Panel(String id, String title, PanelIcon icon, String summary, List<Block> blocks,
                    List<String> speakerNotes) {

    public Panel {
        icon = icon == null ? PanelIcon.DOCUMENT : icon;
        blocks = Lists.copyOrEmpty(blocks);
        speakerNotes = Lists.copyOrEmpty(speakerNotes);
    }
}
