package org.briefingviewer.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** The application's look: AtlantaFX's Primer theme for controls, plus our stylesheet built on its colour tokens. */
public final class Theme {

    private static final String STYLESHEET = "/org/briefingviewer/ui/briefing-viewer.css";

    private Theme() {
    }

    public static void applyTo(Scene scene) {
        AppFonts.load();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().add(Theme.class.getResource(STYLESHEET).toExternalForm());
    }
}
