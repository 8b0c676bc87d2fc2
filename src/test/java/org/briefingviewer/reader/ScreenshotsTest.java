package org.briefingviewer.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.model.Panel;
import org.briefingviewer.presenter.PresentFeature;
import org.briefingviewer.presenter.PresentationViewModel;
import org.briefingviewer.search.SearchFeature;
import org.briefingviewer.search.SearchViewModel;
import org.briefingviewer.testing.ReadingWindow;
import org.briefingviewer.testing.ScenePng;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders every panel of the embedded briefing to {@code docs/screenshots/<panel-id>.png}.
 * Run on purpose with {@code mvn test -Pscreenshots}; {@code -Dscreenshots.size=1280x720} adds the size to the names,
 * and {@code -Dscreenshots.briefing=FILE} renders another briefing's panels.
 */
@Tag("screenshots")
class ScreenshotsTest {

    private static final String DEFAULT_SIZE = "1600x900";

    @AfterEach
    void closeWindow() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void renderEveryPanel() throws Exception {
        String size = System.getProperty("screenshots.size", DEFAULT_SIZE);
        int width = Integer.parseInt(size.split("x")[0]);
        int height = Integer.parseInt(size.split("x")[1]);
        Path folder = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(folder);
        String suffix = size.equals(DEFAULT_SIZE) ? "" : "-" + size;

        String other = System.getProperty("screenshots.briefing", "");
        BriefingLoader loader = new BriefingLoader();
        ReaderViewModel viewModel = new ReaderViewModel(other.isEmpty() ? loader.loadEmbedded()
                : loader.load(Path.of(other)));
        FxToolkit.registerPrimaryStage();
        Scene[] scene = new Scene[1];
        FxToolkit.setupStage(stage -> {
            ReadingFeature reading = new ReadingFeature(viewModel, link -> { });
            ReadingWindow.open(stage, width, height, reading,
                    new SearchFeature(new SearchViewModel(viewModel, Runnable::run, Runnable::run), reading.area()),
                    new PresentFeature(new PresentationViewModel(viewModel)));
            scene[0] = stage.getScene();
        });
        for (Panel panel : viewModel.getPanels()) {
            WaitForAsyncUtils.asyncFx(() -> viewModel.select(panel.id())).get();
            WaitForAsyncUtils.waitForFxEvents();
            Path file = folder.resolve(panel.id() + suffix + ".png");
            ScenePng.write(scene[0], file);
            assertThat(file).isNotEmptyFile();
        }
    }
}
