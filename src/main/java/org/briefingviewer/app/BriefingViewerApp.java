package org.briefingviewer.app;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.comfort.ComfortFeature;
import org.briefingviewer.comfort.ComfortViewModel;
import org.briefingviewer.export.PdfExporter;
import org.briefingviewer.help.AboutDialog;
import org.briefingviewer.help.HelpFeature;
import org.briefingviewer.export.dialog.ExportFeature;
import org.briefingviewer.export.dialog.ExportViewModel;
import org.briefingviewer.export.dialog.SaveLocationChooser;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.notes.NotesFeature;
import org.briefingviewer.notes.NotesStore;
import org.briefingviewer.notes.NotesViewModel;
import org.briefingviewer.opening.OpenFeature;
import org.briefingviewer.presenter.PresentFeature;
import org.briefingviewer.presenter.PresentationViewModel;
import org.briefingviewer.opening.OpenViewModel;
import org.briefingviewer.opening.RecentFiles;
import org.briefingviewer.reader.LinkConfirmation;
import org.briefingviewer.search.SearchFeature;
import org.briefingviewer.settings.RememberedState;
import org.briefingviewer.settings.SettingsStore;
import org.briefingviewer.search.SearchViewModel;
import org.briefingviewer.sources.SourcesWindow;
import org.briefingviewer.reader.ReaderView;
import org.briefingviewer.reader.ReaderViewModel;
import org.briefingviewer.storage.UserDataFolder;
import org.briefingviewer.ui.Banners;
import org.briefingviewer.ui.DesktopActions;
import org.briefingviewer.ui.Styles;

/** The JavaFX application; {@link Main} decides what it opens. */
public final class BriefingViewerApp extends Application {

    private static final double PREFERRED_WIDTH = 1280;
    private static final double PREFERRED_HEIGHT = 800;
    /** Long enough for a cancelled export to delete its temporary file. */
    private static final long SHUTDOWN_WAIT_SECONDS = 5;

    private final ExecutorService background = daemonThread("briefing-viewer-background");
    private final ExecutorService searching = daemonThread("briefing-viewer-search");
    private final ExecutorService notesWriter = daemonThread("briefing-viewer-notes");

    private static Briefing briefing;
    private static Path file;
    private static String panelId;
    private static boolean benchmarkStartup;
    private static SettingsStore settingsStore;
    private static SettingsStore.Loaded remembered;

    private BriefingLoader loader;
    private ExportViewModel export;
    private OpenViewModel opening;
    private NotesViewModel notes;
    private ComfortViewModel comfort;
    private RememberedState rememberedState;

    /** Called on the thread that launches the application, which also reads the remembered settings. */
    static void startWith(Briefing briefingToShow, Path fileShown, String panelToShow, boolean probeStartup) {
        briefing = briefingToShow;
        file = fileShown;
        panelId = panelToShow;
        benchmarkStartup = probeStartup;
        settingsStore = new SettingsStore(UserDataFolder.resolve().resolve("settings.json"));
        remembered = settingsStore.load();
    }

    /** Shows the window with every feature, its place, zoom and theme already right. */
    @Override
    public void start(Stage stage) {
        ReaderViewModel viewModel = new ReaderViewModel(briefing);
        if (panelId != null) {
            viewModel.select(panelId);
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(PREFERRED_WIDTH, screen.getWidth());
        double height = Math.min(PREFERRED_HEIGHT, screen.getHeight());
        ReaderView view = ReaderView.inWindow(stage, viewModel, width, height);
        reportUnexpectedErrorsIn(view);
        opening = new OpenViewModel(viewModel, path -> loader().check(path),
                new RecentFiles(UserDataFolder.resolve().resolve("recent-files.json")), background, Platform::runLater);
        if (file != null) {
            opening.showing(file);
        }
        comfort = new ComfortViewModel();
        ComfortFeature.applyLook(view, comfort);
        PresentationViewModel presentation = new PresentationViewModel(viewModel);
        rememberedState = new RememberedState(settingsStore, stage, view, viewModel, comfort, opening, presentation);
        rememberedState.restore(remembered, file == null, panelId == null);
        installFeatures(stage, view, viewModel, presentation);
        view.showWindow();
        if (benchmarkStartup) {
            StartupProbe.reportFirstFrame(stage.getScene());
        }
    }

    private void installFeatures(Stage stage, ReaderView view, ReaderViewModel viewModel,
                                 PresentationViewModel presentation) {
        PdfExporter pdf = new PdfExporter();
        export = new ExportViewModel(viewModel.briefingProperty(), pdf::export, background, Platform::runLater);
        export.prepareWith(pdf::prepare);
        DesktopActions desktop = DesktopActions.using(getHostServices());
        ExportFeature.install(view, viewModel, export, SaveLocationChooser.platformDialog(), desktop);
        OpenFeature.install(view, opening);
        view.setLinkHandler(link -> LinkConfirmation.ask(stage, link, desktop::browse));
        SearchViewModel search = new SearchViewModel(viewModel, searching, Platform::runLater);
        SearchFeature.install(view, search);
        SourcesWindow.install(view, viewModel);
        ComfortFeature.addMenuItems(view, comfort);
        notes = new NotesViewModel(viewModel, new NotesStore(UserDataFolder.resolve().resolve("notes")),
                NotesFeature.fxDebouncer(), notesWriter, Platform::runLater);
        NotesFeature.install(view, notes);
        Runtime.getRuntime().addShutdownHook(new Thread(this::saveOnTermination, "save-on-termination"));
        search.searchNotesFrom(notes::allNotes);
        export.exportNotesFrom(notes::allNotes);
        PresentFeature.install(view, presentation);
        HelpFeature.install(view);
        AboutDialog.install(view, Version.current());
    }

    private static void reportUnexpectedErrorsIn(ReaderView view) {
        new UnexpectedErrors(UserDataFolder.resolve().resolve("errors.log"), System.err, Platform::runLater,
                message -> view.showBanner(Banners.create("unexpected-error", message, Styles.BANNER_ERROR,
                        Banners.button("Dismiss", () -> view.showBanner(null))))).install();
    }

    /** Made at the first open, on the background thread that checks files, rather than before the first frame. */
    private BriefingLoader loader() {
        if (loader == null) {
            loader = new BriefingLoader();
        }
        return loader;
    }

    private static ExecutorService daemonThread(String name) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * A logout or {@code kill} (SIGTERM) ends the JVM without {@link #stop()}, and the JavaFX thread may no longer
     * run anything then: the notes not yet handed to their writer are written on this thread, and the writer is
     * given time to finish what it has.
     */
    private void saveOnTermination() {
        notes.saveOnExit();
        notesWriter.shutdown();
        try {
            notesWriter.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() throws InterruptedException {
        if (export != null) {
            export.cancel();
        }
        if (opening != null) {
            opening.close();
        }
        if (notes != null) {
            notes.saveNow();
        }
        if (rememberedState != null) {
            rememberedState.save();
        }
        searching.shutdownNow();
        notesWriter.shutdown();
        background.shutdown();
        notesWriter.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
        background.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
    }
}
