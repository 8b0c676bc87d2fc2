package org.briefingviewer.settings;

/**
 * What the window remembers between runs.
 *
 * @param briefingFile the last briefing opened from a file, or {@code null} for the embedded one
 * @param briefingId   the id of the last briefing shown
 * @param panelId      the panel shown when the window closed
 * @param scroll       how far that panel was scrolled, from 0 to 1
 * @param zoom         the zoom in percent
 * @param theme        {@code LIGHT}, {@code DARK} or {@code HIGH_CONTRAST}
 * @param window       the window's place and size, or {@code null} for the default
 * @param sidebarWidth   the width of the panel list, or 0 for the default
 * @param audienceScreen the screen the room saw in the last talk, or {@code null}
 */
public record Settings(String briefingFile, String briefingId, String panelId, double scroll, int zoom, String theme,
                       WindowBounds window, double sidebarWidth, ScreenBounds audienceScreen) {

    public static final Settings DEFAULTS = new Settings(null, null, null, 0, 100, "LIGHT", null, 0, null);

    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public record ScreenBounds(double x, double y, double width, double height) {
    }
}
