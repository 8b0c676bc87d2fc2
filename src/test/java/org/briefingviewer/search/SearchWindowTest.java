package org.briefingviewer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
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

/** Searching with the keyboard alone, in the real window. */
@ExtendWith(ApplicationExtension.class)
class SearchWindowTest {

    private ReaderViewModel reader;

    @BeforeEach
    void openWindow() throws TimeoutException {
        reader = new ReaderViewModel(new BriefingLoader().loadEmbedded());
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            ReadingFeature reading = new ReadingFeature(reader, link -> { });
            ReadingWindow.open(stage, 1280, 720, reading,
                    new SearchFeature(new SearchViewModel(reader, Runnable::run, Runnable::run), reading.area()));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void ctrlFTypeAndEnterOpensTheMatchHighlighted(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("restructuring");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(reader.getSelectedPanel().id()).isEqualTo("defense");
        assertThat(robot.lookup(".search-hit").tryQuery()).isPresent();
        assertThat(robot.lookup("#search-status").queryAs(Label.class).getText()).matches("1 of \\d+");

        robot.type(KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".search-hit").queryAll()).hasSize(1);
        assertThat(robot.lookup("#search-status").queryAs(Label.class).getText()).matches("2 of \\d+");

        robot.clickOn("#search-field").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".search-hit").queryAll()).as("Esc clears the mark").isEmpty();
    }

    @Test
    void escapeClearsTheSearchAndShowsThePanelsAgain(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("trade");
        assertThat(robot.lookup("#search-results").query().isVisible()).isTrue();

        robot.type(KeyCode.ESCAPE);

        assertThat(robot.lookup("#search-results").query().isVisible()).isFalse();
    }
}
