package org.briefingviewer.export;

import java.util.List;
import java.util.Map;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.Panel;

/**
 * What to export and how.
 *
 * @param panelIds       the panels to export, in any order (they are exported in briefing order); empty means all
 * @param speakerNotes   add each panel's speaker notes (handouts always have them)
 * @param sourceExcerpts add an appendix with the cited source paragraphs, linked from the citation marks
 * @param personalNotes  the reader's own notes to print with their panels, by panel id; empty for none
 */
public record ExportOptions(List<String> panelIds, Layout layout, PageSize pageSize, boolean speakerNotes,
                            boolean sourceExcerpts, Map<String, String> personalNotes) {

    public ExportOptions {
        panelIds = panelIds == null ? List.of() : List.copyOf(panelIds);
        layout = layout == null ? Layout.DOCUMENT : layout;
        pageSize = pageSize == null ? PageSize.A4 : pageSize;
        personalNotes = personalNotes == null ? Map.of() : Map.copyOf(personalNotes);
    }

    public ExportOptions(List<String> panelIds, Layout layout, PageSize pageSize, boolean speakerNotes,
                         boolean sourceExcerpts) {
        this(panelIds, layout, pageSize, speakerNotes, sourceExcerpts, Map.of());
    }

    public static ExportOptions wholeBriefing(Layout layout) {
        return new ExportOptions(List.of(), layout, PageSize.A4, false, false);
    }

    /** The chosen panels in briefing order. */
    public List<Panel> panelsOf(Briefing briefing) {
        return briefing.panels().stream()
                .filter(panel -> panelIds.isEmpty() || panelIds.contains(panel.id()))
                .toList();
    }

    public boolean includesSpeakerNotes() {
        return speakerNotes || layout == Layout.HANDOUT;
    }

    /** A file name such as {@code korea-us-summit-trade-defense.pdf} or {@code korea-us-summit-all.pdf}. */
    public String defaultFileName(Briefing briefing) {
        List<Panel> panels = panelsOf(briefing);
        String which = panels.size() == briefing.panels().size() ? "all"
                : String.join("-", panels.stream().map(Panel::id).toList());
        return briefing.metadata().id() + "-" + which + ".pdf";
    }
}
