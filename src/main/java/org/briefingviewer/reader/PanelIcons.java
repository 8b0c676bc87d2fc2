package org.briefingviewer.reader;

import org.briefingviewer.model.PanelIcon;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The Feather icon that draws each of a panel's symbolic icons. */
final class PanelIcons {

    private PanelIcons() {
    }

    static Ikon glyph(PanelIcon icon) {
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
