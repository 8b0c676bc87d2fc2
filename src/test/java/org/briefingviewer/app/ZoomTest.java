package org.briefingviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.geometry.Orientation;
import javafx.stage.Stage;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.ui.Styles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Zoom from 50 to 200 %, at the sizes people use, with and without the notes pane: nothing is cut off. */
@ExtendWith(ApplicationExtension.class)
class ZoomTest {

    @TempDir
    Path folder;
    private BriefingViewerApp app;
    private Stage stage;

    @BeforeEach
    void start() throws TimeoutException {
        app = RunningApp.start(new BriefingLoader().loadEmbedded(), folder);
        stage = app.shell().window();
    }

    @AfterEach
    void quit() throws TimeoutException {
        RunningApp.stop(app);
    }

    @Test
    void theReadingColumnReflowsAtEveryZoomWithTheNotesPaneOpen(FxRobot robot) {
        resize(robot, 1024, 640);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.interact(() -> app.shell().root().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        for (int zoom = 0; zoom < 10; zoom++) {
            robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertNothingCutOff(robot);
        }
        for (int zoom = 0; zoom < 10; zoom++) {
            robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertNothingCutOff(robot);
        }
    }

    @Test
    void iconsGrowWithTheTextAndThePresentButtonKeepsItsLabel(FxRobot robot) {
        resize(robot, 1280, 720);
        FontIcon chevron = (FontIcon) robot.lookup("#next-panel").queryButton().getGraphic();
        int actualSize = chevron.getIconSize();

        zoomTo200(robot);

        assertThat(chevron.getIconSize()).isBetween(2 * actualSize - 1, 2 * actualSize + 1);
        Button present = robot.lookup("#present-button").queryButton();
        assertThat(((Text) present.lookup(".text")).getText()).isEqualTo("Present");
    }

    @Test
    void aLowWindowKeepsTheHeaderToOneLineAndTheSidebarWidthComesBackWithTheZoom(FxRobot robot) {
        resize(robot, 1280, 720);
        double sidebar = robot.lookup("." + Styles.SIDEBAR_PANE).query().getBoundsInLocal().getWidth();
        assertThat(app.shell().compactHeaderProperty().get()).isFalse();
        assertThat(robot.lookup("." + Styles.AS_OF).query().isVisible()).isTrue();

        zoomTo200(robot);
        assertThat(app.shell().compactHeaderProperty().get()).as("1280×720 at 200 % is low").isTrue();
        assertThat(robot.lookup("." + Styles.AS_OF).query().isVisible()).isFalse();
        Node header = robot.lookup("." + Styles.HEADER).query();
        assertThat(header.getBoundsInLocal().getHeight()).isLessThan(stage.getHeight() / 8);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("." + Styles.SIDEBAR_PANE).query().getBoundsInLocal().getWidth())
                .isCloseTo(sidebar, org.assertj.core.data.Offset.offset(2.0));
        assertThat(app.shell().compactHeaderProperty().get()).isFalse();

        resize(robot, 1024, 640);
        assertThat(app.shell().compactHeaderProperty().get()).as("640 px is low at 100 %").isTrue();
    }

    private void zoomTo200(FxRobot robot) {
        robot.interact(() -> app.shell().root().requestFocus());
        for (int step = 0; step < 5; step++) {
            robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every line of text in the reading pane is inside its view, or the pane scrolls sideways to show it. */
    private static void assertNothingCutOff(FxRobot robot) {
        ScrollPane reading = robot.lookup("." + Styles.READING_AREA).queryAs(ScrollPane.class);
        boolean scrollsSideways = reading.lookupAll(".scroll-bar").stream()
                .anyMatch(bar -> bar instanceof ScrollBar scrollBar
                        && scrollBar.getOrientation() == Orientation.HORIZONTAL && scrollBar.isVisible());
        Node viewport = reading.lookup(".viewport");
        Bounds view = viewport.localToScene(viewport.getLayoutBounds());
        for (Node node : reading.lookupAll(".label")) {
            Label label = (Label) node;
            Bounds bounds = label.localToScene(label.getLayoutBounds());
            Text text = (Text) label.lookup(".text");
            assertThat(text == null ? label.getText() : text.getText()).as("a label cut short")
                    .isEqualTo(label.getText());
            if (!scrollsSideways) {
                assertThat(bounds.getMaxX()).as(label.getText()).isLessThanOrEqualTo(view.getMaxX() + 1);
            }
        }
    }
}
