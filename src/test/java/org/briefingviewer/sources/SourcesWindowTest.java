package org.briefingviewer.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.reader.ReaderViewModel;
import org.briefingviewer.reader.ReadingFeature;
import org.briefingviewer.testing.ReadingWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The Source Text window, driven by the keyboard. */
@ExtendWith(ApplicationExtension.class)
class SourcesWindowTest {

    private ReaderViewModel reader;

    @BeforeEach
    void openWindow() throws TimeoutException {
        reader = new ReaderViewModel(new BriefingLoader().loadEmbedded());
        ReadingFeature reading = new ReadingFeature(reader, link -> { });
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> ReadingWindow.open(stage, 1280, 720, reading,
                new SourcesWindow(reader, reading.area())));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void citedByQuotesTheStatementsAndTheWindowClosesWithEscapeOrCtrlW(FxRobot robot) {
        openSourceText(robot);
        assertThat(robot.lookup(".cited-by .hyperlink").queryAllAs(Hyperlink.class)).extracting(Hyperlink::getText)
                .contains("Trade: ‘The summit follows a trade deal that cut…’")
                .allMatch(text -> text.matches("[^:]+: ‘.+’"), "a panel and a quoted statement, no block ids");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sourceTextWindow()).isNull();

        openSourceText(robot);
        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sourceTextWindow()).isNull();
    }

    @Test
    void pageDownMovesThroughTheTextWhichReadsAtTheBriefingsOwnSize(FxRobot robot) {
        openSourceText(robot);
        ScrollPane scroll = (ScrollPane) sourceTextWindow().getScene().getRoot();

        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scroll.getVvalue()).as("a page further down").isGreaterThan(0);
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scroll.getVvalue()).isZero();

        Label source = (Label) scroll.getContent().lookup(".source-text");
        Label paragraph = robot.lookup(".panel-view .paragraph").queryAs(Label.class);
        assertThat(source.getFont().getSize()).isEqualTo(paragraph.getFont().getSize());
    }

    @Test
    void aCitationsPopoverOpensTheSourceTextAtItsParagraph(FxRobot robot) {
        robot.interact(() -> reader.select("alliance-outlook"));
        Hyperlink lastMark = robot.lookup(".panel-view .citation").queryAllAs(Hyperlink.class).stream()
                .filter(mark -> mark.getText().equals("p7")).reduce((first, last) -> last).orElseThrow();
        robot.interact(lastMark::fire);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("Show in source text");
        WaitForAsyncUtils.waitForFxEvents();

        ScrollPane scroll = (ScrollPane) sourceTextWindow().getScene().getRoot();
        Node entry = scroll.getContent().lookup("#source-p7");
        javafx.geometry.Bounds shown = scroll.getViewportBounds();
        double top = entry.getBoundsInParent().getMinY()
                - scroll.getVvalue() * (scroll.getContent().getLayoutBounds().getHeight() - shown.getHeight());
        assertThat(scroll.getVvalue()).as("scrolled down to the last paragraph").isPositive();
        assertThat(top).as("paragraph 7 in view").isBetween(-1.0, shown.getHeight());
    }

    @Test
    void theSourceTextAndThePopoverCopyWhatIsSelected(FxRobot robot) {
        openSourceText(robot);
        ScrollPane scroll = (ScrollPane) sourceTextWindow().getScene().getRoot();
        Label first = (Label) scroll.getContent().lookup(".source-text");
        robot.moveTo(first).clickOn(MouseButton.PRIMARY).clickOn(MouseButton.PRIMARY).clickOn(MouseButton.PRIMARY);
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        assertThat(clipboard()).isEqualTo(first.getText());
        robot.type(KeyCode.ESCAPE);

        robot.interact(() -> reader.select("trade"));
        Hyperlink mark = robot.lookup(".panel-view .citation").queryAs(Hyperlink.class);
        robot.interact(mark::fire);
        WaitForAsyncUtils.waitForFxEvents();
        Label popoverText = robot.lookup(".source-popover .source-text").queryAs(Label.class);
        robot.moveTo(popoverText).clickOn(MouseButton.PRIMARY).clickOn(MouseButton.PRIMARY)
                .clickOn(MouseButton.PRIMARY);
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        assertThat(clipboard()).isEqualTo(reader.getBriefing().source("p2").orElseThrow().text());
    }

    private static String clipboard() {
        WaitForAsyncUtils.waitForFxEvents();
        String[] text = new String[1];
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    private static void openSourceText(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sourceTextWindow()).isNotNull();
    }

    private static Stage sourceTextWindow() {
        return Window.getWindows().stream().filter(window -> window instanceof Stage stage
                        && stage.getTitle() != null && stage.getTitle().startsWith("Source text"))
                .map(Stage.class::cast).findFirst().orElse(null);
    }
}
