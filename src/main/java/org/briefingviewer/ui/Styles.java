package org.briefingviewer.ui;

/** Style-class names used by the views, defined in {@code briefing-viewer.css}. */
public final class Styles {

    public static final String APP = "briefing-app";
    public static final String HEADER = "briefing-header";
    public static final String BRIEFING_TITLE = "briefing-title";
    public static final String BRIEFING_SUBTITLE = "briefing-subtitle";
    public static final String AS_OF = "as-of";
    public static final String HANDLING = "handling-marking";
    public static final String SIDEBAR = "panel-sidebar";
    public static final String SIDEBAR_PANE = "sidebar-pane";
    public static final String SIDEBAR_TOP = "sidebar-top";
    public static final String SEARCH_FIELD = "search-field";
    public static final String SEARCH_RESULTS = "search-results";
    public static final String SEARCH_STATUS = "search-status";
    public static final String SEARCH_HIT = "search-hit";
    public static final String RESULT_PANEL = "result-panel";
    public static final String RESULT_SNIPPET = "result-snippet";
    public static final String RESULT_MATCH = "result-match";
    public static final String SIDEBAR_CELL = "panel-cell";
    public static final String SIDEBAR_NUMBER = "panel-number";
    public static final String SIDEBAR_GRAPHIC = "panel-cell-graphic";
    public static final String READING_AREA = "reading-area";
    public static final String PANEL = "panel-view";
    public static final String PANEL_TITLE = "panel-title";
    public static final String PANEL_SUMMARY = "panel-summary";
    public static final String HEADING_PREFIX = "heading-";
    public static final String PARAGRAPH = "paragraph";
    public static final String BLOCK_TITLE = "block-title";
    public static final String BULLET_LIST = "bullet-list";
    public static final String BULLET = "bullet";
    public static final String BULLET_ROW = "bullet-row";
    public static final String FIGURES = "key-figures";
    public static final String FIGURE_CARD = "key-figure";
    public static final String FIGURE_VALUES = "figure-values";
    public static final String FIGURE_VALUE = "figure-value";
    public static final String FIGURE_BEFORE = "figure-before";
    public static final String FIGURE_ARROW = "figure-arrow";
    public static final String FIGURE_LABEL = "figure-label";
    public static final String BAR_CHART = "bar-chart";
    public static final String BAR_ROWS = "bar-rows";
    public static final String BAR_LABEL = "bar-label";
    public static final String BAR_TRACK = "bar-track";
    public static final String BAR = "bar";
    public static final String BAR_VALUE = "bar-value";
    public static final String QUOTE = "quote";
    public static final String QUOTE_TEXT = "quote-text";
    public static final String QUOTE_SPEAKER = "quote-speaker";
    public static final String CALLOUT = "callout";
    public static final String CALLOUT_TITLE = "callout-title";
    public static final String CALLOUT_TONE_PREFIX = "callout-";
    public static final String TIMELINE = "timeline";
    public static final String TIMELINE_EVENTS = "timeline-events";
    public static final String TIMELINE_DOT = "timeline-dot";
    public static final String TIMELINE_WHEN = "timeline-when";
    public static final String IMAGE_BLOCK = "image-block";
    public static final String IMAGE_CAPTION = "image-caption";
    public static final String LINK = "content-link";
    public static final String CITATIONS = "citations";
    public static final String CITATION = "citation";
    public static final String SOURCE_POPOVER = "source-popover";
    public static final String SOURCES = "sources";
    public static final String SOURCE_ENTRY = "source-entry";
    public static final String CITED_BY = "cited-by";
    public static final String SOURCE_TITLE = "source-title";
    public static final String SOURCE_TEXT = "source-text";
    public static final String STATUS_BAR = "status-bar";
    public static final String STATUS_TEXT = "status-text";
    public static final String NOTES_PANE = "notes-pane";
    public static final String NOTES_TITLE = "notes-title";
    public static final String NOTES_WARNING = "notes-warning";
    public static final String ABOUT = "about";
    public static final String BANNER = "banner";
    public static final String BANNER_SUCCESS = "banner-success";
    public static final String BANNER_ERROR = "banner-error";
    public static final String EXPORT_PROGRESS = "export-progress";
    public static final String PROBLEMS_DIALOG = "problems-dialog";
    public static final String EXPORT_DIALOG = "export-dialog";
    public static final String FORM = "form";
    public static final String FORM_LABEL = "form-label";
    public static final String CHOICES = "choices";
    public static final String CHECKLIST = "checklist";

    private Styles() {
    }
}
