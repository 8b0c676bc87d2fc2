package org.briefingviewer.model;

import java.util.List;

/** A highlighted remark: context worth noting, a concern or a risk. */
public record Callout(String id, List<String> cites, Tone tone, String title, String text) implements Block {

    public Callout {
        cites = Lists.copyOrEmpty(cites);
        tone = tone == null ? Tone.NOTE : tone;
    }

    public enum Tone {
        NOTE, CONCERN, RISK
    }
}
