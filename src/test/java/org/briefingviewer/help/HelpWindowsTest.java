package org.briefingviewer.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.reader.ReaderViewModel;
import org.briefingviewer.testing.ReadingWindow;
import org.briefingviewer.ui.Styles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The key list and About are windows of the app's own, opened and closed from the keyboard. */
@ExtendWith(ApplicationExtension.class)
class HelpWindowsTest {

    private Stage main;

    @BeforeEach
    void openWindow() throws TimeoutException {
        main = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> ReadingWindow.open(stage, 1280, 720,
                new ReaderViewModel(new BriefingLoader().loadEmbedded()), new HelpFeature(), new AboutDialog("1.2.3")));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void f1ShowsTheKeyListInOneWindowOfTheAppsOwnAndEscapeClosesIt(FxRobot robot) {
        robot.type(KeyCode.F1);
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();

        List<Stage> shown = windowsTitled("Keyboard shortcuts");
        assertThat(shown).as("one window, however often asked").hasSize(1);
        Stage keys = shown.get(0);
        assertThat(keys.getScene().getRoot().getStyleClass()).contains(Styles.INFO_WINDOW, Styles.FOLLOWS_ZOOM);
        assertThat(keys.getScene().getRoot().lookupAll(".label")).extracting(node -> ((Label) node).getText())
                .contains("F1", "This list of keys");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(keys.isShowing()).isFalse();
        assertThat(main.isShowing()).isTrue();
    }

    @Test
    void aboutNamesTheVersionAndEachComponentWithItsLicence(FxRobot robot) {
        robot.clickOn("Help").clickOn("#about");
        WaitForAsyncUtils.waitForFxEvents();

        Stage about = windowsTitled("About Briefing Viewer").get(0);
        GridPane components = (GridPane) about.getScene().getRoot().lookup("#about-components");
        assertThat(components.getChildren()).extracting(node -> ((Label) node).getText())
                .contains("Apache POI, XMLBeans and Commons (PowerPoint export)", "SIL Open Font License 1.1");
        assertThat(about.getScene().getRoot().lookupAll(".label")).extracting(node -> ((Label) node).getText())
                .contains("Version 1.2.3");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(about.isShowing()).isFalse();
    }

    @Test
    void ctrlWClosesTheWindowAndTheWindowsItOpened(FxRobot robot) {
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Stage keys = windowsTitled("Keyboard shortcuts").get(0);
        robot.interact(main::requestFocus);

        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(main.isShowing()).isFalse();
        assertThat(keys.isShowing()).isFalse();
    }

    private static List<Stage> windowsTitled(String title) {
        return Window.getWindows().stream().filter(window -> window instanceof Stage stage
                && title.equals(stage.getTitle())).map(Stage.class::cast).toList();
    }
}
