package org.briefingviewer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.ui.Styles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** What the window remembers, saved as it changes and put back by the next start. */
@ExtendWith(ApplicationExtension.class)
class RememberedSettingsTest {

    private static final Path MINIMAL = Path.of("docs", "examples", "minimal");

    @TempDir
    Path folder;

    private final BriefingLoader loader = new BriefingLoader();
    private BriefingViewerApp app;

    @AfterEach
    void quit() throws TimeoutException {
        if (app != null) {
            RunningApp.stop(app);
        }
    }

    @Test
    void theBriefingPanelPlaceZoomThemeAndSidebarComeBackNextTime(FxRobot robot) throws Exception {
        app = RunningApp.start(loader.load(MINIMAL), MINIMAL, folder);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        robot.interact(() -> app.shell().sidebarWidthProperty().set(330));
        robot.interact(() -> readingArea(robot).setVvalue(1));
        robot.clickOn("View").clickOn("High Contrast Theme");
        WaitForAsyncUtils.waitForFxEvents();
        double scrolledTo = readingArea(robot).getVvalue();
        RunningApp.stop(app);

        app = RunningApp.start(loader.loadEmbedded(), folder);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.shell().window().getTitle().startsWith("The tariff"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.shell().window().getTitle()).contains("Minimal");
        assertThat(scrolledTo).as("scrolled well down the panel").isGreaterThan(0.5);
        assertThat(readingArea(robot).getVvalue()).isCloseTo(scrolledTo, offset(0.02));
        Region sidebar = robot.lookup("." + Styles.SIDEBAR_PANE).query();
        assertThat(sidebar.getWidth()).as("the sidebar as laid out").isCloseTo(330, offset(2.0));
        assertThat(app.shell().window().getScene().getStylesheets()).anyMatch(sheet -> sheet.endsWith("high-contrast.css"));
        assertThat(robot.lookup(".panel-title").queryLabeled().getFont().getSize()).as("110 %% of the title's size")
                .isCloseTo(titleSizeAtActualSize(robot) * 1.1, offset(0.2));
        robot.clickOn("View").clickOn("Light Theme");
    }

    @Test
    void aChangeIsOnDiskWithinSecondsWithoutAQuitSoAKillKeepsIt(FxRobot robot) throws Exception {
        app = RunningApp.start(loader.loadEmbedded(), folder);
        Path settings = folder.resolve("settings.json");

        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> Files.exists(settings) && Files.readString(settings).contains("\"zoom\" : 90"));
    }

    @Test
    void damagedSettingsOpenTheWindowWithTheDefaultsAndSaySo(FxRobot robot) throws Exception {
        Files.writeString(folder.resolve("settings.json"), "{ \"zoom\": ");

        app = RunningApp.start(loader.loadEmbedded(), folder);

        assertThat(robot.lookup("#settings-warning").queryLabeled().getText())
                .startsWith("Your settings could not be read");
    }

    private static ScrollPane readingArea(FxRobot robot) {
        return robot.lookup("." + Styles.READING_AREA).queryAs(ScrollPane.class);
    }

    private static double titleSizeAtActualSize(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        double size = robot.lookup(".panel-title").queryLabeled().getFont().getSize();
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        return size;
    }
}
