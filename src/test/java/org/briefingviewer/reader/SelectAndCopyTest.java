package org.briefingviewer.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.Paragraph;
import org.briefingviewer.testing.ReadingWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Selecting the reading pane's text with the mouse and copying it, through the real clipboard. */
@ExtendWith(ApplicationExtension.class)
class SelectAndCopyTest {

    private Briefing briefing;
    private ReaderViewModel viewModel;

    @BeforeEach
    void openWindow() throws TimeoutException {
        briefing = new BriefingLoader().loadEmbedded();
        viewModel = new ReaderViewModel(briefing);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(window -> {
            ReadingWindow.open(window, 1280, 720, viewModel);
            viewModel.select("trade");
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void dragAcrossAParagraphAndCtrlCCopiesWhatWasDraggedOver(FxRobot robot) {
        Label paragraph = labelOf(robot, "trade-deal");
        Bounds bounds = paragraph.localToScreen(paragraph.getLayoutBounds());

        robot.drag(new Point2D(bounds.getMinX() + 1, bounds.getMinY() + 4), MouseButton.PRIMARY)
                .dropTo(new Point2D(bounds.getMaxX() - 1, bounds.getMaxY() - 2));
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);

        String text = ((Paragraph) block("trade-deal")).text();
        assertThat(clipboard()).startsWith(text.substring(0, 20)).isSubstringOf(text);
        assertThat(clipboard().length()).isGreaterThan(text.length() - 40);
    }

    @Test
    void aReleaseAwayFromThePressEndsTheSelectionThereEvenWithoutDragEvents(FxRobot robot) {
        Label paragraph = labelOf(robot, "trade-deal");
        Bounds bounds = paragraph.localToScene(paragraph.getLayoutBounds());
        robot.interact(() -> {
            mouse(paragraph, MouseEvent.MOUSE_PRESSED, bounds.getMinX() + 1, bounds.getMinY() + 4);
            mouse(paragraph, MouseEvent.MOUSE_RELEASED, bounds.getMaxX() - 1, bounds.getMaxY() - 2);
        });
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);

        String text = ((Paragraph) block("trade-deal")).text();
        assertThat(clipboard()).startsWith(text.substring(0, 20));
        assertThat(clipboard().length()).isGreaterThan(text.length() - 40);
    }

    private static void mouse(Node target, EventType<MouseEvent> type, double sceneX, double sceneY) {
        Point2D screen = target.getScene().getRoot().localToScreen(sceneX, sceneY);
        Event.fireEvent(target, new MouseEvent(type, sceneX, sceneY, screen.getX(), screen.getY(),
                MouseButton.PRIMARY, 1, false, false, false, false, type == MouseEvent.MOUSE_PRESSED, false, false,
                false, false, false, null));
    }

    @Test
    void doubleClickSelectsAWordAndTripleClickTheParagraph(FxRobot robot) {
        Label paragraph = labelOf(robot, "trade-deal");
        Bounds bounds = paragraph.localToScreen(paragraph.getLayoutBounds());
        Point2D firstWord = new Point2D(bounds.getMinX() + 8, bounds.getMinY() + 8);

        robot.moveTo(firstWord).doubleClickOn(MouseButton.PRIMARY);
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        assertThat(clipboard()).isEqualTo("The");

        robot.moveTo(firstWord).clickOn(MouseButton.PRIMARY).clickOn(MouseButton.PRIMARY).clickOn(MouseButton.PRIMARY);
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        assertThat(clipboard()).isEqualTo(((Paragraph) block("trade-deal")).text());
    }

    @Test
    void selectAllCopiesThePanelWithKeyFiguresAsText(FxRobot robot) {
        robot.clickOn(labelOf(robot, "trade-deal"));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);

        assertThat(clipboard())
                .startsWith("Trade\nA trade deal cut")
                .contains("\n$350 billion — South Korean investment committed to the American economy [p2]\n")
                .contains("\n25% → 15% — US reciprocal tariff on South Korea [p2]\n")
                .contains("Trade at the summit\nTrade is on the summit agenda");
    }

    @Test
    void copyWithCitationAddsTheSourceMarksAndTheBriefingTitle(FxRobot robot) {
        Label paragraph = labelOf(robot, "trade-deal");
        robot.moveTo(paragraph).clickOn(MouseButton.PRIMARY).clickOn(MouseButton.PRIMARY).clickOn(MouseButton.PRIMARY);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);

        assertThat(clipboard()).isEqualTo(((Paragraph) block("trade-deal")).text() + " [p2]\n— "
                + briefing.metadata().title());
    }

    @Test
    void theEditMenuCopiesTheSelection(FxRobot robot) {
        Label paragraph = labelOf(robot, "trade-deal");
        robot.moveTo(paragraph).clickOn(MouseButton.PRIMARY).clickOn(MouseButton.PRIMARY).clickOn(MouseButton.PRIMARY);
        robot.clickOn("Edit").clickOn("#copy");

        assertThat(clipboard()).isEqualTo(((Paragraph) block("trade-deal")).text());
    }

    @Test
    void shiftF10OpensTheContextMenuWhoseCopyCopies(FxRobot robot) {
        Label paragraph = labelOf(robot, "trade-deal");
        robot.moveTo(paragraph).clickOn(MouseButton.PRIMARY).clickOn(MouseButton.PRIMARY).clickOn(MouseButton.PRIMARY);
        robot.press(KeyCode.SHIFT, KeyCode.F10).release(KeyCode.F10, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();

        ContextMenu menu = robot.lookup(".reading-area").queryAs(ReadingArea.class).getContextMenu();
        assertThat(menu.isShowing()).isTrue();
        assertThat(menu.getItems()).extracting(MenuItem::getText)
                .containsExactly("_Copy", "Copy with C_itation", null, "Select _All");
        Node copy = robot.lookup(".context-menu .menu-item").nth(0).query();
        robot.clickOn(copy);

        assertThat(clipboard()).isEqualTo(((Paragraph) block("trade-deal")).text());
    }

    @Test
    void aClickWithoutDraggingSelectsNothing(FxRobot robot) {
        robot.clickOn(labelOf(robot, "trade-deal"));

        assertThat(robot.lookup("#copy").tryQuery()).isEmpty();
        assertThat(((ReadingArea) robot.lookup(".reading-area").query()).page().hasSelectionProperty().get())
                .isFalse();
    }

    private Label labelOf(FxRobot robot, String blockId) {
        Node block = robot.lookup(node -> blockId.equals(node.getProperties().get(PanelView.BLOCK_ID))).query();
        return (Label) block.lookup(".paragraph");
    }

    private org.briefingviewer.model.Block block(String id) {
        return briefing.panels().stream().flatMap(panel -> panel.blocks().stream())
                .filter(block -> block.id().equals(id)).findFirst().orElseThrow();
    }

    private static String clipboard() {
        WaitForAsyncUtils.waitForFxEvents();
        String[] text = new String[1];
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }
}
