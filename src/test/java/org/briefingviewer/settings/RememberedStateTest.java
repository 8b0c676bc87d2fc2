package org.briefingviewer.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.comfort.ComfortViewModel;
import org.briefingviewer.opening.OpenViewModel;
import org.briefingviewer.opening.RecentFiles;
import org.briefingviewer.presenter.PresentationViewModel;
import org.briefingviewer.presenter.ScreenAssignment.Display;
import org.briefingviewer.reader.ReaderView;
import org.briefingviewer.reader.ReaderViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class RememberedStateTest {

    private static final Display PROJECTOR = new Display(1920, 0, 1280, 720, false);

    @TempDir
    Path folder;

    private final BriefingLoader loader = new BriefingLoader();
    private ReaderViewModel reader;
    private ComfortViewModel comfort;
    private RememberedState state;
    private OpenViewModel opening;
    private ReaderView view;
    private PresentationViewModel presentation;

    private void openWindow(Path settings) throws TimeoutException {
        reader = new ReaderViewModel(loader.loadEmbedded());
        comfort = new ComfortViewModel();
        presentation = new PresentationViewModel(reader);
        opening = new OpenViewModel(reader, loader::check, new RecentFiles(folder.resolve("recent.json")),
                Runnable::run, Runnable::run);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            view = ReaderView.show(stage, reader, 1000, 700);
            state = new RememberedState(new SettingsStore(settings), stage, view, reader, comfort, opening,
                    presentation);
        });
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        if (opening != null) {
            opening.close();
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void whatWasSavedComesBackNextTime(FxRobot robot) throws Exception {
        Path settings = folder.resolve("settings.json");
        openWindow(settings);
        robot.interact(() -> {
            opening.open(Path.of("docs", "examples", "minimal"));
            reader.select("tariff");
            view.setScrollPosition(1);
            view.setSidebarWidth(330);
            view.layout();
            comfort.zoomIn();
            comfort.themeProperty().set(ComfortViewModel.ThemeChoice.HIGH_CONTRAST);
            presentation.audienceScreenProperty().set(PROJECTOR);
            state.save();
        });
        closeWindow();

        openWindow(settings);
        robot.interact(() -> state.restore(new SettingsStore(settings).load(), true, true));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertThat(reader.getBriefing().metadata().id()).isEqualTo("minimal-example");
        assertThat(reader.getSelectedPanel().id()).isEqualTo("tariff");
        assertThat(view.getScrollPosition()).isEqualTo(1.0);
        assertThat(view.getSidebarWidth()).isCloseTo(330, org.assertj.core.data.Offset.offset(12.0));
        assertThat(comfort.zoomProperty().get()).isEqualTo(110);
        assertThat(comfort.themeProperty().get()).isEqualTo(ComfortViewModel.ThemeChoice.HIGH_CONTRAST);
        assertThat(presentation.audienceScreenProperty().get()).as("the room's screen").isEqualTo(PROJECTOR);
        robot.interact(() -> comfort.themeProperty().set(ComfortViewModel.ThemeChoice.LIGHT));
    }

    @Test
    void damagedSettingsGiveTheDefaultsAndAWarning(FxRobot robot) throws Exception {
        Path settings = Files.writeString(folder.resolve("settings.json"), "{ \"zoom\": ");
        openWindow(settings);

        robot.interact(() -> state.restore(new SettingsStore(settings).load(), true, true));

        assertThat(comfort.zoomProperty().get()).isEqualTo(100);
        assertThat(robot.lookup("#settings-warning").tryQuery()).isPresent();
    }

    @Test
    void storeRoundTripsAndReportsAnUnwritableFolder() throws IOException {
        Settings settings = new Settings("/a/b.json", "x", "y", 0.5, 150, "DARK",
                new Settings.WindowBounds(1, 2, 300, 400, false), 280, new Settings.ScreenBounds(1920, 0, 1280, 720));
        SettingsStore store = new SettingsStore(folder.resolve("s.json"));

        assertThat(store.save(settings)).isNull();
        assertThat(store.load().settings()).isEqualTo(settings);

        Path blocked = Files.writeString(folder.resolve("file"), "x");
        assertThat(new SettingsStore(blocked.resolve("s.json")).save(settings)).startsWith("Your settings could not");
    }

    @Test
    void settingsSavedByEarlierVersionsStillLoad() throws IOException {
        Path saved = Files.writeString(folder.resolve("settings.json"), """
                {
                  "briefingFile" : null,
                  "briefingId" : "korea-us-summit",
                  "panelId" : "trade",
                  "scroll" : 0.25,
                  "zoom" : 125,
                  "theme" : "DARK",
                  "window" : { "x" : 10.0, "y" : 20.0, "width" : 1280.0, "height" : 720.0, "maximized" : true },
                  "sidebarWidth" : 0.0,
                  "audienceScreen" : null,
                  "retired" : "a setting no longer used"
                }""");

        assertThat(new SettingsStore(saved).load()).isEqualTo(new SettingsStore.Loaded(new Settings(null,
                "korea-us-summit", "trade", 0.25, 125, "DARK", new Settings.WindowBounds(10, 20, 1280, 720, true), 0,
                null), null));
    }
}
