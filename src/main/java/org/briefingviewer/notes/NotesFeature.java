package org.briefingviewer.notes;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import javafx.animation.PauseTransition;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.briefingviewer.shell.Action;
import org.briefingviewer.shell.Feature;
import org.briefingviewer.shell.MenuName;
import org.briefingviewer.shell.Shell;
import org.briefingviewer.ui.Styles;

/** The notes pane beside the panel (View ▸ My Notes, Ctrl+Shift+N) and File ▸ Export / Import Notes. */
public final class NotesFeature implements Feature {

    private final NotesViewModel viewModel;
    private Window owner;

    public NotesFeature(NotesViewModel viewModel) {
        this.viewModel = viewModel;
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

    @Override
    public void installInto(Shell shell) {
        owner = shell.window();
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

        viewModel.paneShownProperty().addListener((obs, old, shown) -> {
            shell.setSidePane(shown ? pane : null);
            if (shown && owner.isShowing()) {
                editor.requestFocus();
            }
        });
        shell.add(Action.toggle("my-notes", "My _Notes", viewModel.paneShownProperty())
                .keys(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN))
                .in(MenuName.VIEW, 101).described("My notes"));
        shell.add(Action.of("export-notes", "Export Notes…", this::exportNotes).in(MenuName.FILE, 300));
        shell.add(Action.of("import-notes", "Import Notes…", this::importNotes).in(MenuName.FILE, 301));
    }

    private void exportNotes() {
        FileChooser chooser = chooser("Export Notes");
        chooser.setInitialFileName("notes.json");
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            run(() -> viewModel.exportTo(file.toPath()), "Notes could not be exported");
        }
    }

    private void importNotes() {
        File file = chooser("Import Notes").showOpenDialog(owner);
        if (file != null) {
            run(() -> viewModel.importFrom(file.toPath()), "Notes could not be imported");
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

    private void run(FileAction action, String failure) {
        try {
            action.run();
        } catch (IOException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.initOwner(owner);
            alert.setHeaderText(failure);
            alert.show();
        }
    }
}
