package org.briefingviewer.help;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.briefingviewer.ui.KeyRow;
import org.briefingviewer.ui.Styles;

/** A table of keys for the help overlays. */
public final class KeyHelp {

    private KeyHelp() {
    }

    public static VBox table(String title, List<KeyRow> rows) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(Styles.KEY_TABLE);
        ColumnConstraints actions = new ColumnConstraints();
        actions.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), actions);
        for (int row = 0; row < rows.size(); row++) {
            Label keys = new Label(rows.get(row).keys());
            keys.getStyleClass().add(Styles.KEY_NAMES);
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label action = new Label(rows.get(row).action());
            action.setWrapText(true);
            action.setMinHeight(Region.USE_PREF_SIZE);
            grid.addRow(row, keys, action);
        }
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.KEY_TITLE);
        VBox box = new VBox(heading, grid);
        box.getStyleClass().add(Styles.KEY_HELP);
        box.setAccessibleText(title);
        return box;
    }

    /** A key table as an overlay card, sized to its content, for a window to show over its own. */
    public static VBox overlay(String title, List<KeyRow> rows) {
        VBox help = table(title, rows);
        help.getStyleClass().add(Styles.KEY_HELP_OVERLAY);
        help.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return help;
    }
}
