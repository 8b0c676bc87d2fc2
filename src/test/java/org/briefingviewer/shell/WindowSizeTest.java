package org.briefingviewer.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.reader.ReaderViewModel;
import org.briefingviewer.testing.ReadingWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A window opens at the size it is asked for, wherever the stage it opens in was before. */
@ExtendWith(ApplicationExtension.class)
class WindowSizeTest {

    @AfterEach
    void closeWindow() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void aStageOpenedAgainTakesTheAskedSizeAndIsWhollyOnScreen(FxRobot robot) throws TimeoutException {
        ReaderViewModel reader = new ReaderViewModel(new BriefingLoader().loadEmbedded());
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(window -> ReadingWindow.open(window, 1280, 720, reader));
        robot.interact(() -> {
            stage.setX(900);
            stage.setY(600);
            stage.setWidth(1500);
            stage.setHeight(640);
        });
        FxToolkit.cleanupStages();

        FxToolkit.setupStage(window -> ReadingWindow.open(window, 1000, 700, reader));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getWidth()).isEqualTo(1000);
        assertThat(stage.getHeight()).isEqualTo(700);
        Rectangle2D screen = Screen.getPrimary().getBounds();
        assertThat(screen.contains(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())).isTrue();
    }
}
