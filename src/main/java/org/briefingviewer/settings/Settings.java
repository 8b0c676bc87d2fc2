package org.briefingviewer.settings;

/**
 * What the window remembers between runs.
 *
 * @param briefingFile the last briefing opened from a file, or {@code null} for the embedded one
 * @param briefingId   the id of the last briefing shown
 * @param panelId      the panel shown when the window closed
 * @param zoom         the zoom in percent
 * @param theme        {@code LIGHT}, {@code DARK} or {@code HIGH_CONTRAST}
 * @param window       the window's place and size, or {@code null} for the default
 */
public record Settings(String briefingFile, String briefingId, String panelId, int zoom, String theme,
                       WindowBounds window) {

    public static final Settings DEFAULTS = new Settings(null, null, null, 100, "LIGHT", null);

    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }
}
