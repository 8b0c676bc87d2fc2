package org.briefingviewer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.reader.ReaderViewModel;
import org.briefingviewer.reader.ReadingArea;
import org.briefingviewer.reader.ReadingFeature;
import org.briefingviewer.ui.SelectablePage;
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
        assertThat(robot.lookup(".search-mark-current").tryQuery()).isPresent();
        assertThat(robot.lookup("#search-status").queryAs(Label.class).getText()).matches("1 of \\d+");

        robot.type(KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".search-mark-current").queryAll()).hasSize(1);
        assertThat(robot.lookup("#search-status").queryAs(Label.class).getText()).matches("2 of \\d+");

        robot.clickOn("#search-field").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".search-mark-current").queryAll()).as("Esc clears the marks").isEmpty();
        assertThat(robot.lookup(".search-mark").queryAll()).isEmpty();
    }

    @Test
    void theMarksCoverExactlyTheMatchedCharactersOfEveryHitInThePanelTheSummaryToo(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("semiconductors");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        List<SelectablePage.Mark> marks = robot.lookup(".reading-area").queryAs(ReadingArea.class).page().marks();
        assertThat(marks).extracting(mark -> mark.label().getText().substring(mark.start(), mark.end()))
                .containsOnly("Semiconductors", "semiconductors").hasSizeGreaterThanOrEqualTo(2);
        SelectablePage.Mark current = marks.stream().filter(SelectablePage.Mark::current).findFirst().orElseThrow();
        assertThat(current.label().getStyleClass()).as("the first hit is the summary's").contains("panel-summary");
        assertThat(current.start()).isZero();
        Node drawn = robot.lookup(".search-mark-current").query();
        assertThat(drawn.getBoundsInLocal().getWidth())
                .as("the mark is the word's width, not the line's")
                .isLessThan(current.label().getWidth() / 3).isGreaterThan(40);
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
