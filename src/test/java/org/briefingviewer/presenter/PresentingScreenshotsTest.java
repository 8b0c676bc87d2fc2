package org.briefingviewer.presenter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.briefingviewer.appearance.Appearance;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.reader.ReaderViewModel;
import org.briefingviewer.slides.SlideLayout;
import org.briefingviewer.slides.SlidePage;
import org.briefingviewer.slides.Step;
import org.briefingviewer.testing.ReadingWindow;
import org.briefingviewer.testing.ScenePng;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the audience view, a blacked-out screen, the overview and the console to {@code docs/presenting/}.
 * Run on purpose with {@code mvn test -Pscreenshots}.
 */
@Tag("screenshots")
class PresentingScreenshotsTest {

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void renderThePresentingViews() throws Exception {
        Path folder = Path.of(System.getProperty("screenshots.dir", "target/screenshots")).resolveSibling("presenting");
        Files.createDirectories(folder);
        ReaderViewModel reader = new ReaderViewModel(new BriefingLoader().loadEmbedded());
        PresentationViewModel presentation = new PresentationViewModel(reader);
        FxToolkit.registerPrimaryStage();
        Stage[] main = new Stage[1];
        FxToolkit.setupStage(stage -> {
            main[0] = stage;
            ReadingWindow.open(stage, 1280, 720, reader, new PresentFeature(presentation));
        });
        WaitForAsyncUtils.asyncFx(() -> {
            reader.select("trade");
            Talk.begin(presentation, main[0], true);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        ScenePng.write(sceneWithStyle("audience"), folder.resolve("audience.png"));
        WaitForAsyncUtils.asyncFx(() -> presentation.blank(PresentationViewModel.Screen.BLACK)).get();
        ScenePng.write(sceneWithStyle("audience"), folder.resolve("blackout.png"));
        WaitForAsyncUtils.asyncFx(() -> {
            presentation.revealed();
            presentation.openOverview();
        }).get();
        ScenePng.write(sceneWithStyle("audience"), folder.resolve("overview.png"));
        WaitForAsyncUtils.asyncFx(() -> {
            presentation.closeOverview();
            presentation.toggleConsole();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        ScenePng.write(sceneWithStyle("console"), folder.resolve("console.png"));
        WaitForAsyncUtils.asyncFx(presentation::stop).get();
    }

    /**
     * The room's view of each page of the summit at 1920 × 1080, to {@code target/room-pages/}, for comparing page for
     * page with the slides PDF drawn at the same size (README: docs/export/room-and-pdf.png).
     */
    @Test
    void renderEveryPageAsTheRoomSeesIt() throws Exception {
        Path folder = Path.of("target", "room-pages");
        Files.createDirectories(folder);
        Briefing summit = new BriefingLoader().loadEmbedded();
        List<SlidePage> pages = new SlideLayout(summit).pagesOf(summit.panels());
        for (int index = 0; index < pages.size(); index++) {
            SlidePage page = pages.get(index);
            Step whole = new Step(page.page(), page.pageCount(), page.firstBlock(), page.endBlock(),
                    page.buildSteps());
            Scene scene = WaitForAsyncUtils.asyncFx(() -> {
                Appearance.prepareControls();
                FittedSlide fitted = new FittedSlide(1920);
                fitted.show(new Slide(summit, page.panel(), whole, Slide.Viewer.ROOM));
                Scene shown = new Scene(new StackPane(fitted), 1920, 1080);
                Appearance.style(shown);
                return shown;
            }).get();
            ScenePng.write(scene, folder.resolve(String.format("room-%02d.png", index + 1)));
        }
    }

    private static Scene sceneWithStyle(String styleClass) {
        return Window.getWindows().stream().map(Window::getScene)
                .filter(scene -> scene != null && scene.getRoot().getStyleClass().contains(styleClass))
                .findFirst().orElseThrow();
    }
}
