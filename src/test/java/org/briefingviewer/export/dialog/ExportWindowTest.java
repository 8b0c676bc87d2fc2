package org.briefingviewer.export.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.export.PdfExporter;
import org.briefingviewer.export.PptxExporter;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.reader.ReaderViewModel;
import org.briefingviewer.testing.ReadingWindow;
import org.briefingviewer.ui.DesktopActions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Export to PDF… in the real window, headless. */
@ExtendWith(ApplicationExtension.class)
class ExportWindowTest {

    private static final Briefing SUMMIT = new BriefingLoader().loadEmbedded();

    @TempDir
    Path folder;

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final List<String> desktopCalls = new ArrayList<>();
    private ReaderViewModel reader;
    private ExportViewModel export;
    private List<String> suggestedNames;
    private Path chosenFolder;
    private volatile boolean nothingOpensPdfs;

    @BeforeEach
    void openWindow() throws TimeoutException {
        reader = new ReaderViewModel(SUMMIT);
        suggestedNames = new ArrayList<>();
        chosenFolder = folder;
        export = new ExportViewModel(reader.briefingProperty(), new PdfExporter()::export, background,
                Platform::runLater);
        export.exportPowerPointWith(new PptxExporter()::export);
        SaveLocationChooser chooser = (owner, name) -> {
            suggestedNames.add(name);
            return Optional.of(chosenFolder.resolve(name));
        };
        DesktopActions desktop = new DesktopActions() {
            @Override
            public void open(Path file) {
                desktopCalls.add("open " + file.getFileName());
            }

            @Override
            public void showInFolder(Path file) {
                desktopCalls.add("show " + file.getFileName());
            }

            @Override
            public void browse(String address) {
                desktopCalls.add("browse " + address);
            }

            @Override
            public boolean canOpen(Path file) {
                return !(nothingOpensPdfs && file.toString().endsWith(".pdf"));
            }
        };
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            ReadingWindow.open(stage, 1280, 720, reader, new ExportFeature(reader, export, chooser, desktop));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void printWithNoPrinterInstalledSaysSoInsteadOfOpeningTheDialog(FxRobot robot) throws Exception {
        export.printWith((briefing, options, printer, copies, progress) -> { }, List::of);

        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        waitUntilShown(robot, "#export-banner-text");

        assertThat(robot.lookup("#export-banner-text").queryAs(Label.class).getText())
                .startsWith("No printer is installed");
        assertThat(robot.lookup(".export-dialog").tryQuery()).isEmpty();
    }

    @Test
    void printsTheChosenLayoutOnTheChosenPrinter(FxRobot robot) throws Exception {
        List<String> jobs = new CopyOnWriteArrayList<>();
        export.printWith((briefing, options, printer, copies, progress) -> jobs.add(printer + " " + options.layout()
                + " " + options.slidesPerPage() + " x" + copies), () -> List.of("Office", "Meeting room"));

        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        waitUntilShown(robot, ".export-dialog");
        robot.clickOn("Handout: slides small, beside lines for writing");
        robot.interact(() -> export.printerProperty().set("Meeting room"));
        robot.clickOn("Print");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !jobs.isEmpty());
        assertThat(jobs).containsExactly("Meeting room HANDOUT 3 x1");
        waitUntilShown(robot, "#export-banner-text");
        assertThat(robot.lookup("#export-banner-text").queryAs(Label.class).getText())
                .isEqualTo("Sent to Meeting room.");
    }

    @Test
    void exportsTheChosenPanelsToPowerPointFromTheKeyboard(FxRobot robot) throws Exception {
        robot.interact(() -> reader.select("defense"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("Current panel (Defense)");
        robot.clickOn("Export…");

        waitUntilShown(robot, "#export-banner-text");
        assertThat(suggestedNames).containsExactly("korea-us-summit-defense.pptx");
        try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(folder.resolve(suggestedNames.get(0))))) {
            assertThat(show.getSlides()).extracting(slide -> slide.getPlaceholder(0).getText())
                    .containsExactly("Defense (1/2)", "Defense (2/2)");
        }
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamedAndAnotherCanBeChosenAtOnce(FxRobot robot) throws Exception {
        chosenFolder = folder.resolve("gone");
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Export…");
        waitUntilShown(robot, "#export-again");
        assertThat(robot.lookup("#export-banner-text").queryAs(Label.class).getText())
                .isEqualTo("Export failed: The folder " + chosenFolder + " does not exist.")
                .doesNotContain(".part");

        chosenFolder = folder;
        robot.clickOn("#export-again");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Export…");
        waitUntilShown(robot, "#open-export");
        assertThat(folder.resolve(suggestedNames.get(1))).isNotEmptyFile();
    }

    @Test
    void exportsTheCurrentPanelAndOffersToOpenIt(FxRobot robot) throws Exception {
        robot.interact(() -> reader.select("trade"));
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("Current panel (Trade)");
        robot.clickOn("Slides: the presentation, a 16:9 page for each page the room sees");
        robot.clickOn("A page for each build step");
        robot.clickOn("Export…");

        waitUntilShown(robot, "#export-banner-text");
        assertThat(suggestedNames).containsExactly("korea-us-summit-trade.pdf");
        Path pdf = folder.resolve("korea-us-summit-trade.pdf");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes());
        assertThat(robot.lookup("#export-banner-text").queryAs(Label.class).getText())
                .startsWith("Exported korea-us-summit-trade.pdf");

        robot.interact(() -> robot.lookup("#open-export").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> desktopCalls.size() == 1);
        robot.interact(() -> robot.lookup("#show-export-in-folder").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> desktopCalls.size() == 2);
        assertThat(desktopCalls).containsExactly("open korea-us-summit-trade.pdf", "show korea-us-summit-trade.pdf");
    }

    @Test
    void withNoPdfViewerInstalledOpenSaysSoAndOffersTheFolder(FxRobot robot) throws Exception {
        nothingOpensPdfs = true;
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Export…");
        waitUntilShown(robot, "#open-export");

        robot.clickOn("#open-export");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#export-banner-text")
                .queryAs(Label.class).getText().startsWith("No PDF viewer"));
        assertThat(robot.lookup("#export-banner-text").queryAs(Label.class).getText())
                .isEqualTo("No PDF viewer is installed — show it in its folder instead.");
        assertThat(desktopCalls).isEmpty();
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#show-export-in-folder");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !desktopCalls.isEmpty());
        assertThat(desktopCalls).singleElement().asString().startsWith("show ");
    }

    @Test
    void openingTheDialogReadiesThePdfMachineryOnce(FxRobot robot) throws Exception {
        List<Briefing> readied = new CopyOnWriteArrayList<>();
        export.prepareWith(readied::add);

        for (int opened = 0; opened < 2; opened++) {
            robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn("Cancel");
        }
        background.submit(() -> { }).get(10, TimeUnit.SECONDS);

        assertThat(readied).containsExactly(SUMMIT);
    }

    @Test
    void cancellingTheDialogExportsNothing(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("Cancel");

        assertThat(suggestedNames).isEmpty();
        assertThat(folder).isEmptyDirectory();
    }

    /**
     * Waits until {@code query} finds a node, then until the JavaFX thread has finished showing it: the lookup runs
     * on the test thread and can see a node that is still being added, before it has a scene.
     */
    private static void waitUntilShown(FxRobot robot, String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
