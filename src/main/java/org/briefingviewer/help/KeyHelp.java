package org.briefingviewer.help;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.briefingviewer.ui.Styles;

/** A table of keys for the help overlays, built from {@link KeyReference}. */
public final class KeyHelp {

    private KeyHelp() {
    }

    public static VBox table(String title, List<KeyReference.Binding> bindings) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(Styles.KEY_TABLE);
        for (int row = 0; row < bindings.size(); row++) {
            Label keys = new Label(bindings.get(row).keys());
            keys.getStyleClass().add(Styles.KEY_NAMES);
            grid.addRow(row, keys, new Label(bindings.get(row).action()));
        }
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.KEY_TITLE);
        VBox box = new VBox(heading, grid);
        box.getStyleClass().add(Styles.KEY_HELP);
        box.setAccessibleText(title);
        return box;
    }

    /** The presenting keys as an overlay card, sized to its content, for a window to show over its own. */
    public static VBox presentingOverlay() {
        VBox help = table("Keys while presenting", KeyReference.PRESENTING);
        help.getStyleClass().add(Styles.KEY_HELP_OVERLAY);
        help.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return help;
    }
}
