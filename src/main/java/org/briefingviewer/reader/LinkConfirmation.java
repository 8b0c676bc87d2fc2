package org.briefingviewer.reader;

import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.briefingviewer.model.LinkBlock;

/** Shows a link's full address and opens it only when the reader agrees. */
public final class LinkConfirmation {

    private LinkConfirmation() {
    }

    public static void ask(Window owner, LinkBlock link, Consumer<String> browser) {
        if (!link.isOpenable()) {
            return;
        }
        ButtonType open = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, link.href(), open, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Open link");
        alert.setHeaderText("Open this address outside Briefing Viewer?");
        alert.showAndWait().filter(open::equals).ifPresent(choice -> browser.accept(link.href()));
    }
}
