package org.briefingviewer.reader;

import org.briefingviewer.model.PanelIcon;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Draws a panel's symbolic icon with the Feather icon set. */
final class PanelIcons {

    private PanelIcons() {
    }

    static FontIcon of(PanelIcon icon) {
        return new FontIcon(glyph(icon));
    }

    private static Ikon glyph(PanelIcon icon) {
        return switch (icon) {
            case GLOBE -> Feather.GLOBE;
            case TRADE -> Feather.DOLLAR_SIGN;
            case SHIELD -> Feather.SHIELD;
            case INDUSTRY -> Feather.CPU;
            case ALLIANCE -> Feather.USERS;
            case DOCUMENT -> Feather.FILE_TEXT;
        };
    }
}
