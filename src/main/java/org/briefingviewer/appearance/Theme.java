package org.briefingviewer.appearance;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** The window's themes: AtlantaFX's Primer for controls, high contrast as Primer Light with stronger tokens. */
public enum Theme {
    LIGHT, DARK, HIGH_CONTRAST;

    String userAgentStylesheet() {
        return this == DARK ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS();
    }

    /** The theme called {@code name}, or {@link #LIGHT} for a name no theme has. */
    public static Theme named(String name) {
        for (Theme theme : values()) {
            if (theme.name().equals(name)) {
                return theme;
            }
        }
        return LIGHT;
    }
}
