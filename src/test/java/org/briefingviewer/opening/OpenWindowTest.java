package org.briefingviewer.opening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.bundle.Problem;
import org.briefingviewer.reader.ReaderViewModel;
import org.briefingviewer.testing.ReadingWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Opening in the real window, headless: a bad bundle shows its problems and leaves the briefing on screen. */
@ExtendWith(ApplicationExtension.class)
class OpenWindowTest {

    @TempDir
    Path folder;

    private final BriefingLoader loader = new BriefingLoader();
    private ReaderViewModel reader;
    private OpenViewModel viewModel;

    @BeforeEach
    void openWindow() throws TimeoutException {
        reader = new ReaderViewModel(loader.loadEmbedded());
        viewModel = new OpenViewModel(reader, loader::check, new RecentFiles(folder.resolve("recent.json")),
                Runnable::run, Runnable::run);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> openWindow(stage, viewModel));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openWindow(Stage stage, OpenViewModel opening) {
        ReadingWindow.open(stage, 1000, 700, reader, new OpenFeature(opening, loader::loadEmbedded));
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        viewModel.close();
        FxToolkit.cleanupStages();
    }

    @Test
    void theSampleBriefingCanAlwaysBeReopenedFromTheFileMenu(FxRobot robot) {
        robot.interact(() -> viewModel.open(Path.of("docs", "examples", "minimal")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reader.getBriefing().metadata().id()).isEqualTo("minimal-example");

        robot.clickOn("File").clickOn("Open Sample Briefing");

        assertThat(reader.getBriefing().metadata().id()).isEqualTo("korea-us-summit");
        assertThat(viewModel.currentFileProperty().get()).isNull();
    }

    @Test
    void clearRecentEmptiesTheListHereAndOnDisk(FxRobot robot) throws Exception {
        robot.interact(() -> viewModel.open(Path.of("docs", "examples", "minimal")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.getRecent()).hasSize(1);

        robot.clickOn("File").clickOn("Open Recent")
                .moveTo("minimal  —  " + Path.of("docs", "examples").toAbsolutePath()).clickOn("Clear Recent");

        assertThat(viewModel.getRecent()).isEmpty();
        assertThat(new RecentFiles(folder.resolve("recent.json")).load()).isEmpty();
    }

    @Test
    void badBundleListsEveryProblemInADialog(FxRobot robot) throws Exception {
        Path bad = Files.writeString(folder.resolve("bad.json"),
                "{\"formatVersion\": 1, \"metadata\": {}, \"sources\": [], \"panels\": []}");

        robot.interact(() -> viewModel.open(bad));
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> table = robot.lookup("#problems-list").queryAs(ListView.class);
        assertThat(table.getItems()).hasSize(viewModel.rejectedProperty().get().problems().size()).hasSizeGreaterThan(3);
        assertThat(((Problem) table.getItems().get(0)).hint()).isNotBlank();
        assertThat(ProblemsDialog.asText(viewModel.rejectedProperty().get())).contains(bad + ":1:");
        assertThat(reader.getBriefing().metadata().id()).isEqualTo("korea-us-summit");
        robot.clickOn("Close");
    }

    @Test
    void aSlowOpenShowsProgressAfterHalfASecondAndTheWindowKeepsResponding(FxRobot robot) throws Exception {
        java.util.concurrent.ExecutorService slow = java.util.concurrent.Executors.newSingleThreadExecutor();
        OpenViewModel slowOpening = new OpenViewModel(reader, path -> {
            try {
                Thread.sleep(1_500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return loader.check(path);
        }, new RecentFiles(folder.resolve("slow-recent.json")), slow, javafx.application.Platform::runLater);
        robot.interact(() -> openWindow(new Stage(), slowOpening));

        robot.interact(() -> slowOpening.open(Path.of("docs", "examples", "minimal.briefing")));
        Thread.sleep(200);
        assertThat(robot.lookup("#opening-text").tryQuery()).isEmpty();
        Thread.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#opening-text").tryQuery()).isPresent();
        robot.interact(() -> reader.select("trade"));
        assertThat(reader.getSelectedPanel().id()).isEqualTo("trade");

        long deadline = System.currentTimeMillis() + 5_000;
        while (!reader.getBriefing().metadata().id().equals("minimal-example")
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reader.getBriefing().metadata().id()).isEqualTo("minimal-example");
        assertThat(robot.lookup("#opening-text").tryQuery()).isEmpty();
        slowOpening.close();
        slow.shutdown();
    }

    @Test
    void aRejectionFromBeforeTheFeatureWasInstalledIsStillShown(FxRobot robot) throws Exception {
        Path bad = Files.writeString(folder.resolve("bad.json"), "{\"formatVersion\": 1}");
        OpenViewModel early = new OpenViewModel(reader, loader::check,
                new RecentFiles(folder.resolve("early-recent.json")), Runnable::run, Runnable::run);
        robot.interact(() -> early.open(bad));
        assertThat(early.rejectedProperty().get()).isNotNull();

        robot.interact(() -> openWindow(new Stage(), early));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#problems-list").tryQuery()).isPresent();
        robot.clickOn("Close");
        early.close();
    }

    @Test
    void openingTheExampleShowsItAndListsItInOpenRecent(FxRobot robot) {
        robot.interact(() -> viewModel.open(Path.of("docs", "examples", "minimal")));

        assertThat(robot.lookup(".panel-title").queryLabeled().getText()).isEqualTo("The meeting");
        robot.clickOn("File").clickOn("Open Recent");
        boolean listed = robot.lookup("minimal  —  " + Path.of("docs", "examples").toAbsolutePath()).tryQuery()
                .isPresent();
        robot.type(KeyCode.ESCAPE).type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(listed).isTrue();
    }
}
