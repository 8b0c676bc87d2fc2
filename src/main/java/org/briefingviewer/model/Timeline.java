package org.briefingviewer.model;

import java.util.List;

/** Events in the order the source gives them. */
public record Timeline(String id, List<String> cites, String title, List<Event> events) implements Block {

    public Timeline {
        cites = Lists.copyOrEmpty(cites);
        events = Lists.copyOrEmpty(events);
    }

    /** @param when the moment in the source's own wording, such as "later this month" */
    public record Event(String when, String text) {
    }
}
