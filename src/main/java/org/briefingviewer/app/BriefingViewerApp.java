package org.briefingviewer.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.briefingviewer.appearance.AppearanceFeature;
import org.briefingviewer.appearance.AppearanceViewModel;
import org.briefingviewer.appearance.Theme;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.export.PdfExporter;
import org.briefingviewer.export.PdfPrinter;
import org.briefingviewer.export.PptxExporter;
import org.briefingviewer.export.dialog.ExportFeature;
import org.briefingviewer.export.dialog.ExportViewModel;
import org.briefingviewer.export.dialog.SaveLocationChooser;
import org.briefingviewer.help.AboutDialog;
import org.briefingviewer.help.HelpFeature;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.notes.NotesFeature;
import org.briefingviewer.notes.NotesStore;
import org.briefingviewer.notes.NotesViewModel;
import org.briefingviewer.opening.OpenFeature;
import org.briefingviewer.opening.OpenViewModel;
import org.briefingviewer.opening.RecentFiles;
import org.briefingviewer.presenter.PresentFeature;
import org.briefingviewer.presenter.PresentationViewModel;
import org.briefingviewer.presenter.ScreenAssignment.Display;
import org.briefingviewer.reader.ReaderViewModel;
import org.briefingviewer.reader.ReadingFeature;
import org.briefingviewer.reader.ReadingPlace;
import org.briefingviewer.search.SearchFeature;
import org.briefingviewer.search.SearchViewModel;
import org.briefingviewer.settings.Preferences;
import org.briefingviewer.settings.SettingsStore;
import org.briefingviewer.shell.Feature;
import org.briefingviewer.shell.Shell;
import org.briefingviewer.shell.WindowPlace;
import org.briefingviewer.sources.SourcesWindow;
import org.briefingviewer.ui.Banners;
import org.briefingviewer.ui.DesktopActions;
import org.briefingviewer.ui.Styles;

/** The JavaFX application; {@link Main} decides what it opens. */
public final class BriefingViewerApp extends Application {

    private static final double PREFERRED_WIDTH = 1280;
    private static final double PREFERRED_HEIGHT = 800;
    /** Long enough for a cancelled export to delete its temporary file. */
    private static final long SHUTDOWN_WAIT_SECONDS = 5;
    private static final Duration SETTINGS_DELAY = Duration.ofSeconds(1);

    private final ExecutorService background = daemonThread("briefing-viewer-background");
    private final ExecutorService searching = daemonThread("briefing-viewer-search");
    private final ExecutorService notesWriter = daemonThread("briefing-viewer-notes");

    private static Briefing briefing;
    private static Path file;
    private static Path rejected;
    private static boolean reopenLast;
    private static String panelId;
    private static boolean benchmarkStartup;
    private static Path userData;
    private static SettingsStore settingsStore;
    private static SettingsStore.Loaded remembered;

    private BriefingLoader loader;
    private ExportViewModel export;
    private OpenViewModel opening;
    private NotesViewModel notes;
    private Preferences preferences;
    private Shell shell;
    private UnexpectedErrors unexpectedErrors;

    /**
     * Called on the thread that launches the application, which also reads the remembered settings.
     *
     * @param userDataFolder where the reader's settings, notes, recent files and error log are kept
     */
    static void startWith(Briefing briefingToShow, Path fileShown, boolean reopenLastFile, String panelToShow,
                          boolean probeStartup, Path rejectedFile, Path userDataFolder) {
        briefing = briefingToShow;
        rejected = rejectedFile;
        file = fileShown;
        reopenLast = reopenLastFile;
        panelId = panelToShow;
        benchmarkStartup = probeStartup;
        userData = userDataFolder;
        settingsStore = new SettingsStore(userData.resolve("settings.json"));
        remembered = settingsStore.load();
    }

    /** Shows the window with every feature, its place, zoom and theme already right. */
    @Override
    public void start(Stage stage) {
        ReaderViewModel reader = new ReaderViewModel(briefing);
        if (panelId != null) {
            reader.select(panelId);
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(PREFERRED_WIDTH, screen.getWidth());
        double height = Math.min(PREFERRED_HEIGHT, screen.getHeight());
        NotesViewModel.Debouncer debouncer = NotesFeature.fxDebouncer();
        preferences = new Preferences(settingsStore, remembered, save -> debouncer.schedule(SETTINGS_DELAY, save),
                problem -> showError(shell, "settings-warning", problem));
        shell = Shell.open(stage, width, height, features(reader));
        Runtime.getRuntime().addShutdownHook(new Thread(this::saveOnTermination, "save-on-termination"));
        if (benchmarkStartup) {
            StartupProbe.reportFirstFrame(stage.getScene());
        }
    }

    /** The window, for tests that drive the application as it starts. */
    Shell shell() {
        return shell;
    }

    private List<Feature> features(ReaderViewModel reader) {
        DesktopActions desktop = DesktopActions.using(getHostServices());
        ReadingFeature reading = new ReadingFeature(reader, desktop::browse);
        opening = new OpenViewModel(reader, path -> loader().check(path),
                new RecentFiles(userData.resolve("recent-files.json")), background, Platform::runLater);
        if (file != null) {
            opening.showing(file);
        }
        AppearanceViewModel appearance = new AppearanceViewModel();
        PresentationViewModel presentation = new PresentationViewModel(reader);
        SearchViewModel search = new SearchViewModel(reader, searching, Platform::runLater);
        notes = new NotesViewModel(reader, new NotesStore(userData.resolve("notes")), NotesFeature.fxDebouncer(),
                notesWriter, Platform::runLater);
        search.searchNotesFrom(notes::allNotes);
        PdfExporter pdf = new PdfExporter();
        export = new ExportViewModel(reader.briefingProperty(), pdf::export, background, Platform::runLater);
        export.exportPowerPointWith(new PptxExporter()::export);
        PdfPrinter printer = new PdfPrinter();
        export.printWith(printer::print, printer::printerNames);
        export.prepareWith(pdf::prepare);
        export.exportNotesFrom(notes::allNotes);
        return List.of(
                this::reportUnexpectedErrors,
                reading,
                new SearchFeature(search, reading.area()),
                new SourcesWindow(reader, reading.area()),
                new NotesFeature(notes),
                new AppearanceFeature(appearance),
                new PresentFeature(presentation),
                new OpenFeature(opening, () -> new BriefingLoader().loadEmbedded()),
                new ExportFeature(reader, export, SaveLocationChooser.platformDialog(), desktop),
                new HelpFeature(),
                new AboutDialog(Version.current()),
                into -> remember(into, reading, appearance, presentation));
    }

    /** What the window remembers between runs: each value belongs to its feature, and is kept as it changes. */
    private void remember(Shell into, ReadingFeature reading, AppearanceViewModel appearance,
                          PresentationViewModel presentation) {
        if (remembered.warning() != null) {
            showError(into, "settings-warning", remembered.warning());
        }
        preferences.remember("zoom", appearance.zoomProperty(), Integer.class);
        preferences.remember("theme", appearance.themeProperty(), Theme.class);
        preferences.remember("window", into.windowPlaceProperty(), WindowPlace.class);
        preferences.remember("sidebarWidth", into.sidebarWidthProperty(), Double.class);
        preferences.remember("sidebarShown", into.sidebarShownProperty(), Boolean.class);
        preferences.remember("notesShown", notes.paneShownProperty(), Boolean.class);
        preferences.remember("audienceScreen", presentation.audienceScreenProperty(), Display.class);
        preferences.keep("briefingFile", opening.currentFileProperty().map(path -> path.toAbsolutePath().toString()));
        if (panelId == null) {
            preferences.remember("place", reading.placeProperty(), ReadingPlace.class);
        } else {
            preferences.keep("place", reading.placeProperty());
        }
        if (rejected != null) {
            opening.open(rejected);
        } else if (reopenLast) {
            preferences.remembered("briefingFile", String.class).map(Path::of).filter(Files::exists)
                    .ifPresent(opening::open);
        }
    }

    private void reportUnexpectedErrors(Shell into) {
        unexpectedErrors = new UnexpectedErrors(userData, System.err, Platform::runLater,
                message -> showError(into, "unexpected-error", message));
        unexpectedErrors.install();
    }

    private static void showError(Shell into, String id, String message) {
        into.showBanner(Banners.create(id, message, Styles.BANNER_ERROR,
                Banners.button("Dismiss", () -> into.showBanner(null))));
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
        if (preferences != null) {
            preferences.save();
        }
        if (unexpectedErrors != null) {
            unexpectedErrors.close();
        }
        searching.shutdownNow();
        notesWriter.shutdown();
        background.shutdown();
        notesWriter.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
        background.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
    }
}
