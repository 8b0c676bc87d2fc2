package org.briefingviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.briefingviewer.bundle.BriefingLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A file named on the command line, or by the desktop, that cannot be opened: the window says why. */
@ExtendWith(ApplicationExtension.class)
class UnopenableFileTest {

    @TempDir
    Path folder;
    private BriefingViewerApp app;

    @AfterEach
    void quit() throws Exception {
        RunningApp.stop(app);
    }

    @Test
    void aForeignFileOpensTheWindowWithItsProblemsInFront(FxRobot robot) throws Exception {
        Path foreign = Files.writeString(folder.resolve("minutes.json"), "{\"meeting\": \"Tuesday\"}");

        app = RunningApp.startRejecting(new BriefingLoader().loadEmbedded(), foreign, folder.resolve("data"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.shell().window().isShowing()).isTrue();
        ListView<?> problems = robot.lookup("#problems-list").queryAs(ListView.class);
        assertThat(problems.getItems()).isNotEmpty();
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(text -> assertThat(text).contains("minutes.json"));
    }
}
