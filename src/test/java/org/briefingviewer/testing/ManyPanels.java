package org.briefingviewer.testing;

import java.util.List;
import java.util.stream.IntStream;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.Metadata;
import org.briefingviewer.model.Panel;
import org.briefingviewer.model.PanelIcon;
import org.briefingviewer.model.Paragraph;
import org.briefingviewer.model.SourceParagraph;

/** A briefing of any number of panels, "Panel 1" to "Panel N", each one paragraph citing the one source. */
public final class ManyPanels {

    private ManyPanels() {
    }

    public static Briefing briefing(int count) {
        Metadata metadata = new Metadata("many-" + count, count + " panels", null, "As of today", "UNCLASSIFIED",
                "en", null);
        List<Panel> panels = IntStream.rangeClosed(1, count).mapToObj(ManyPanels::panel).toList();
        return new Briefing(1, metadata, List.of(new SourceParagraph("p1", "The source.")), panels);
    }

    private static Panel panel(int number) {
        return new Panel("panel-" + number, "Panel " + number, PanelIcon.values()[number % PanelIcon.values().length],
                null, List.of(new Paragraph("panel-" + number + "-text", List.of("p1"), "Text of panel " + number)),
                List.of());
    }
}
