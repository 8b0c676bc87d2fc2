package org.briefingviewer.app;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.testing.ScenePng;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pictures of the README's guide, {@code docs/guide/*.png}, made from the running application at 1280×720
 * with the keyboard and mouse as a reader would. Run on purpose with {@code mvn test -Pscreenshots}.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class GuideScreenshotsTest {

    private static final Path FOLDER = Path.of(System.getProperty("guide.dir", "docs/guide"));

    @TempDir
    Path userData;
    private BriefingViewerApp app;
    private Stage stage;

    @BeforeEach
    void start(FxRobot robot) throws Exception {
        Files.createDirectories(FOLDER);
        app = RunningApp.start(new BriefingLoader().loadEmbedded(), userData);
        stage = app.shell().window();
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT2);
    }

    @AfterEach
    void quit() throws Exception {
        RunningApp.stop(app);
    }

    @Test
    void citationSearchCopyAndNotes(FxRobot robot) throws Exception {
        Hyperlink mark = robot.lookup(".panel-view .citation").queryAs(Hyperlink.class);
        robot.interact(mark::fire);
        write("citation.png");
        keys(robot, KeyCode.ESCAPE);

        keys(robot, KeyCode.CONTROL, KeyCode.F);
        robot.write("semiconductors");
        robot.type(KeyCode.ENTER);
        write("search.png");
        robot.clickOn("#search-field").type(KeyCode.ESCAPE);

        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT2);
        Node paragraph = robot.lookup(".panel-view .paragraph").query();
        Bounds bounds = paragraph.localToScreen(paragraph.getLayoutBounds());
        robot.drag(new Point2D(bounds.getMinX() + 2, bounds.getMinY() + 6), MouseButton.PRIMARY)
                .dropTo(new Point2D(bounds.getMinX() + bounds.getWidth() * 0.7, bounds.getMaxY() - 6));
        keys(robot, KeyCode.SHIFT, KeyCode.F10);
        write("copy.png");
        keys(robot, KeyCode.ESCAPE);
        robot.clickOn(".panel-title");

        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        robot.write("Ask about the timing of the energy purchases.");
        write("notes.png");
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
    }

    @Test
    void zoomThemesAndExport(FxRobot robot) throws Exception {
        robot.interact(() -> app.shell().root().requestFocus());
        for (int step = 0; step < 5; step++) {
            keys(robot, KeyCode.CONTROL, KeyCode.EQUALS);
        }
        write("zoom-200.png");
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT0);

        robot.clickOn("View").clickOn("Dark Theme");
        write("dark.png");
        robot.clickOn("View").clickOn("High Contrast Theme");
        write("high-contrast.png");
        robot.clickOn("View").clickOn("Light Theme");

        keys(robot, KeyCode.CONTROL, KeyCode.E);
        write("export-dialog.png");
        keys(robot, KeyCode.ESCAPE);
    }

    private static void keys(FxRobot robot, KeyCode... codes) {
        robot.press(codes);
        KeyCode[] reversed = new KeyCode[codes.length];
        for (int index = 0; index < codes.length; index++) {
            reversed[index] = codes[codes.length - 1 - index];
        }
        robot.release(reversed);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void write(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        ScenePng.writeWithItsWindows(stage, FOLDER.resolve(name));
    }
}
