package org.briefingviewer.notes;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import javafx.animation.PauseTransition;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.briefingviewer.reader.ReaderView;
import org.briefingviewer.ui.Styles;

/** The notes pane beside the panel (View ▸ My Notes, Ctrl+Shift+N) and File ▸ Export / Import Notes. */
public final class NotesFeature {

    private NotesFeature() {
    }

    /** Debounces on the FX thread: each call restarts the wait. */
    public static NotesViewModel.Debouncer fxDebouncer() {
        PauseTransition pause = new PauseTransition();
        return (Duration delay, Runnable task) -> {
            pause.stop();
            pause.setDuration(javafx.util.Duration.millis(delay.toMillis()));
            pause.setOnFinished(event -> task.run());
            pause.playFromStart();
        };
    }

    public static void install(ReaderView view, NotesViewModel viewModel) {
        TextArea editor = new TextArea();
        editor.setId("notes-editor");
        editor.setWrapText(true);
        editor.setPromptText("Your own notes on this panel. They stay on this computer.");
        editor.setAccessibleText("My notes on this panel");
        editor.textProperty().bindBidirectional(viewModel.textProperty());
        VBox.setVgrow(editor, Priority.ALWAYS);
        Label title = new Label("My notes");
        title.getStyleClass().add(Styles.NOTES_TITLE);
        Label outdated = new Label("This panel has changed since you wrote this note.");
        outdated.getStyleClass().add(Styles.NOTES_WARNING);
        outdated.setWrapText(true);
        outdated.visibleProperty().bind(viewModel.outdatedProperty());
        outdated.managedProperty().bind(viewModel.outdatedProperty());
        Label problem = new Label();
        problem.getStyleClass().add(Styles.NOTES_WARNING);
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());
        problem.managedProperty().bind(viewModel.problemProperty().isNotNull());
        VBox pane = new VBox(title, outdated, editor, problem);
        pane.getStyleClass().add(Styles.NOTES_PANE);

        CheckMenuItem toggle = new CheckMenuItem("My _Notes");
        toggle.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        toggle.selectedProperty().addListener((obs, old, shown) -> {
            view.setRight(shown ? pane : null);
            if (shown) {
                editor.requestFocus();
            }
        });
        view.addViewMenuItems(toggle);

        MenuItem export = new MenuItem("Export Notes…");
        export.setOnAction(event -> exportNotes(view, viewModel));
        MenuItem importNotes = new MenuItem("Import Notes…");
        importNotes.setOnAction(event -> importNotes(view, viewModel));
        view.addFileMenuItems(export, importNotes);
    }

    private static void exportNotes(ReaderView view, NotesViewModel viewModel) {
        FileChooser chooser = chooser("Export Notes");
        chooser.setInitialFileName("notes.json");
        File file = chooser.showSaveDialog(view.getScene().getWindow());
        if (file != null) {
            run(view, () -> viewModel.exportTo(file.toPath()), "Notes could not be exported");
        }
    }

    private static void importNotes(ReaderView view, NotesViewModel viewModel) {
        File file = chooser("Import Notes").showOpenDialog(view.getScene().getWindow());
        if (file != null) {
            run(view, () -> viewModel.importFrom(file.toPath()), "Notes could not be imported");
        }
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Notes (*.json)", "*.json"));
        return chooser;
    }

    private interface FileAction {
        void run() throws IOException;
    }

    private static void run(ReaderView view, FileAction action, String failure) {
        try {
            action.run();
        } catch (IOException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.initOwner(view.getScene().getWindow());
            alert.setHeaderText(failure);
            alert.show();
        }
    }
}
