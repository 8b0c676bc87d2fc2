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
 * @param steps          on slides, a page for each build step rather than each presented page
 * @param slidesPerPage  on handouts, how many slides stand on a page: 2, 3 or 6
 */
public record ExportOptions(List<String> panelIds, Layout layout, PageSize pageSize, boolean speakerNotes,
                            boolean sourceExcerpts, Map<String, String> personalNotes, boolean steps,
                            int slidesPerPage) {

    public static final List<Integer> SLIDES_PER_HANDOUT_PAGE = List.of(2, 3, 6);
    public static final int DEFAULT_SLIDES_PER_PAGE = 3;

    public ExportOptions {
        panelIds = panelIds == null ? List.of() : List.copyOf(panelIds);
        layout = layout == null ? Layout.DOCUMENT : layout;
        pageSize = pageSize == null ? PageSize.A4 : pageSize;
        personalNotes = personalNotes == null ? Map.of() : Map.copyOf(personalNotes);
        if (!SLIDES_PER_HANDOUT_PAGE.contains(slidesPerPage)) {
            throw new IllegalArgumentException("A handout page holds 2, 3 or 6 slides, not " + slidesPerPage);
        }
    }

    public ExportOptions(List<String> panelIds, Layout layout, PageSize pageSize, boolean speakerNotes,
                         boolean sourceExcerpts, Map<String, String> personalNotes) {
        this(panelIds, layout, pageSize, speakerNotes, sourceExcerpts, personalNotes, false,
                DEFAULT_SLIDES_PER_PAGE);
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

    /** Whether speaker notes are printed: always on notes pages, never on slides or handouts, as chosen elsewhere. */
    public boolean includesSpeakerNotes() {
        return switch (layout) {
            case NOTES -> true;
            case SLIDES, HANDOUT -> false;
            case DOCUMENT -> speakerNotes;
        };
    }

    public ExportOptions withSteps(boolean eachStep) {
        return new ExportOptions(panelIds, layout, pageSize, speakerNotes, sourceExcerpts, personalNotes, eachStep,
                slidesPerPage);
    }

    public ExportOptions withSlidesPerPage(int slides) {
        return new ExportOptions(panelIds, layout, pageSize, speakerNotes, sourceExcerpts, personalNotes, steps,
                slides);
    }

    /** A file name such as {@code korea-us-summit-trade-defense.pdf} or {@code korea-us-summit-all.pdf}. */
    public String defaultFileName(Briefing briefing) {
        List<Panel> panels = panelsOf(briefing);
        String which = panels.size() == briefing.panels().size() ? "all"
                : String.join("-", panels.stream().map(Panel::id).toList());
        return briefing.metadata().id() + "-" + which + ".pdf";
    }
}
