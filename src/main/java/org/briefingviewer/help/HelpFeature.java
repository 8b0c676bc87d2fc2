package org.briefingviewer.help;

import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import org.briefingviewer.reader.ReaderView;

/** Help ▸ Keyboard Shortcuts (F1, or ? outside text fields) in the reading window. */
public final class HelpFeature {

    private HelpFeature() {
    }

    public static void install(ReaderView view) {
        MenuItem keys = new MenuItem("_Keyboard Shortcuts");
        keys.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        keys.setOnAction(event -> show(view));
        view.addHelpMenuItems(keys);
        view.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            boolean typing = view.getScene().getFocusOwner() instanceof TextInputControl;
            if ("?".equals(event.getCharacter()) && !typing) {
                show(view);
                event.consume();
            }
        });
    }

    static Alert show(ReaderView view) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(view.getScene().getWindow());
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText(null);
        alert.setGraphic(null);
        alert.getDialogPane().setContent(KeyHelp.table("Keys while reading", KeyReference.READING));
        alert.getDialogPane().getStylesheets().setAll(view.getScene().getStylesheets());
        alert.show();
        return alert;
    }
}
