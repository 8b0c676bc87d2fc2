package org.briefingviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.comfort.ComfortFeature;
import org.briefingviewer.comfort.ComfortViewModel;
import org.briefingviewer.notes.NotesFeature;
import org.briefingviewer.notes.NotesStore;
import org.briefingviewer.notes.NotesViewModel;
import org.briefingviewer.reader.ReaderView;
import org.briefingviewer.reader.ReaderViewModel;
import org.briefingviewer.search.SearchFeature;
import org.briefingviewer.search.SearchViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The reading window with its reading features, driven by the keyboard alone and checked for screen readers. */
@ExtendWith(ApplicationExtension.class)
class KeyboardAndAccessibilityTest {

    @TempDir
    Path folder;

    private ReaderViewModel reader;
    private NotesViewModel notes;
    private ReaderView view;

    @BeforeEach
    void openWindow() throws TimeoutException {
        reader = new ReaderViewModel(new BriefingLoader().loadEmbedded());
        notes = new NotesViewModel(reader, new NotesStore(folder), (delay, task) -> task.run(),
                Runnable::run, Runnable::run);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            view = ReaderView.show(stage, reader, 1280, 720);
            SearchFeature.install(view, new SearchViewModel(reader, Runnable::run, Runnable::run));
            ComfortFeature.install(view, new ComfortViewModel());
            NotesFeature.install(view, notes);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void openAPanelSearchReadACitationAndWriteANoteWithTheKeyboardAlone(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        assertThat(reader.getSelectedPanel().id()).isEqualTo("defense");

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("semiconductors");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reader.getSelectedPanel().id()).isEqualTo("industries");

        for (int tabs = 0; tabs < 12 && !focusedOn(robot, "citation"); tabs++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(focusedOn(robot, "citation")).as("Tab reaches a citation mark").isTrue();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".source-text").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedOn(robot, "text-area")).as("My Notes puts the cursor in the note").isTrue();
        robot.write("Follow up");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notes.textProperty().get()).isEqualTo("Follow up");
    }

    @Test
    void everyFocusableNodeHasAccessibleText(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        for (int panel = 0; panel < reader.getPanels().size(); panel++) {
            int index = panel;
            robot.interact(() -> reader.select(index));
            List<String> silent = new ArrayList<>();
            collectSilent(view.getScene().getRoot(), silent);
            assertThat(silent).as("focusable nodes without accessible text on panel %d", panel).isEmpty();
        }
    }

    private boolean focusedOn(FxRobot robot, String styleClass) {
        Node focused = view.getScene().getFocusOwner();
        return focused != null && focused.getStyleClass().contains(styleClass);
    }

    private static void collectSilent(Node node, List<String> silent) {
        if (!node.isVisible()) {
            return;
        }
        if (node.isFocusTraversable() && !hasAccessibleText(node)) {
            silent.add(node.getClass().getSimpleName() + " " + node.getStyleClass());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectSilent(child, silent));
        }
    }

    private static boolean hasAccessibleText(Node node) {
        if (node.getAccessibleText() != null && !node.getAccessibleText().isBlank()) {
            return true;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            return true;
        }
        return node instanceof TextInputControl input && input.getPromptText() != null
                && !input.getPromptText().isBlank();
    }
}
