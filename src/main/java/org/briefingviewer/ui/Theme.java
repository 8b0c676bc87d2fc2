package org.briefingviewer.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** The application's look: AtlantaFX's Primer theme for controls, plus our stylesheet built on its colour tokens. */
public final class Theme {

    private static final String STYLESHEET = "/org/briefingviewer/ui/briefing-viewer.css";

    private Theme() {
    }

    /**
     * Makes Primer the look of every control. Call it before the first control is made: otherwise JavaFX first
     * loads its own Modena theme, only to replace it. Calling it again with the same choice costs nothing.
     */
    public static void useForControls(boolean dark) {
        AppFonts.load();
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS());
    }

    /** Adds our stylesheet to {@code scene}. */
    public static void applyTo(Scene scene) {
        scene.getStylesheets().add(Theme.class.getResource(STYLESHEET).toExternalForm());
    }
}
