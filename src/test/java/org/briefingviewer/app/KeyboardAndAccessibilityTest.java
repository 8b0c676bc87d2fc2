package org.briefingviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.shell.Shell;
import org.briefingviewer.testing.Drawn;
import org.briefingviewer.ui.Styles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The application's window as it starts, driven by the keyboard alone and checked for screen readers. */
@ExtendWith(ApplicationExtension.class)
class KeyboardAndAccessibilityTest {

    @TempDir
    Path folder;

    private BriefingViewerApp app;
    private Shell shell;

    @BeforeEach
    void startTheApplication() throws TimeoutException {
        app = RunningApp.start(new BriefingLoader().loadEmbedded(), folder);
        shell = app.shell();
    }

    @AfterEach
    void quit() throws TimeoutException {
        RunningApp.stop(app);
    }

    @Test
    void openAPanelSearchReadACitationAndWriteANoteWithTheKeyboardAlone(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        assertThat(shell.window().getTitle()).startsWith("Defense");

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("semiconductors");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.window().getTitle()).startsWith("Industries");

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
        assertThat(robot.lookup("#notes-editor").queryAs(TextArea.class).getText()).isEqualTo("Follow up");
    }

    @Test
    void everyFocusableNodeHasAccessibleText(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        for (int panel = 1; panel <= 5; panel++) {
            robot.press(KeyCode.CONTROL, digit(panel)).release(digit(panel), KeyCode.CONTROL);
            List<String> silent = new ArrayList<>();
            collectSilent(shell.root(), silent);
            assertThat(silent).as("focusable nodes without accessible text on panel %d", panel).isEmpty();
        }
    }

    @Test
    void tabFollowsTheScreenHeaderSidebarContentStatusBar(FxRobot robot) {
        robot.interact(() -> shell.root().requestFocus());
        List<String> order = new ArrayList<>();
        for (int tab = 0; tab < 30; tab++) {
            robot.type(KeyCode.TAB);
            Node focused = shell.window().getScene().getFocusOwner();
            order.add(place(focused));
        }
        int present = order.indexOf("header");
        int sidebar = order.indexOf("sidebar");
        int content = order.indexOf("content");
        int status = order.indexOf("status");

        assertThat(present).as("the header's Present button in %s", order).isNotNegative();
        assertThat(List.of(present, sidebar, content, status)).as("%s", order).isSorted().doesNotContain(-1);
    }

    @Test
    void altAndAMenusUnderlinedLetterOpensIt(FxRobot robot) {
        robot.press(KeyCode.ALT, KeyCode.F).release(KeyCode.F, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".menu-item").match(Drawn::isDrawn).queryAll()).as("the File menu's items")
                .isNotEmpty();
        robot.type(KeyCode.ESCAPE);
    }

    /** Which part of the window a node is in. */
    private String place(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            List<String> classes = at.getStyleClass();
            if (classes.contains(Styles.HEADER)) {
                return "header";
            }
            if (classes.contains(Styles.SIDEBAR_PANE) || classes.contains(Styles.SIDEBAR)) {
                return "sidebar";
            }
            if (classes.contains(Styles.READING_AREA)) {
                return "content";
            }
            if (classes.contains(Styles.STATUS_BAR)) {
                return "status";
            }
        }
        return node == null ? "none" : node.getClass().getSimpleName();
    }

    @Test
    void everyFocusableNodeDrawsAFocusIndicator(FxRobot robot) {
        List<Node> focusable = new ArrayList<>();
        collectFocusable(shell.root(), focusable);
        List<String> unmarked = new ArrayList<>();
        for (Node node : focusable) {
            robot.interact(node::requestFocus);
            WritableImage focused = snapshotOnFx(node);
            robot.interact(() -> shell.root().requestFocus());
            WritableImage unfocused = snapshotOnFx(node);
            if (samePixels(focused, unfocused)) {
                unmarked.add(node.getClass().getSimpleName() + " " + node.getStyleClass());
            }
        }
        assertThat(focusable).isNotEmpty();
        assertThat(unmarked).as("focusable nodes that look the same focused and not").isEmpty();
    }

    private static WritableImage snapshotOnFx(Node node) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            return WaitForAsyncUtils.asyncFx(() -> node.snapshot(new SnapshotParameters(), null)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean samePixels(WritableImage one, WritableImage other) {
        if (one.getWidth() != other.getWidth() || one.getHeight() != other.getHeight()) {
            return false;
        }
        for (int y = 0; y < (int) one.getHeight(); y++) {
            for (int x = 0; x < (int) one.getWidth(); x++) {
                if (one.getPixelReader().getArgb(x, y) != other.getPixelReader().getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void collectFocusable(Node node, List<Node> focusable) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable()) {
            focusable.add(node);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectFocusable(child, focusable));
        }
    }

    private static KeyCode digit(int number) {
        return KeyCode.valueOf("DIGIT" + number);
    }

    private boolean focusedOn(FxRobot robot, String styleClass) {
        Node focused = shell.window().getScene().getFocusOwner();
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
