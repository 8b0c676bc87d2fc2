package org.briefingviewer.opening;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.briefingviewer.bundle.BriefingConverter;
import org.briefingviewer.bundle.BundleCheck;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.reader.ReaderViewModel;

/**
 * Opening briefings from files, folders and archives, and reloading them when they change on disk. Checking runs
 * on {@code background}; state changes on {@code ui}. A bundle with errors never replaces what is on screen.
 */
public final class OpenViewModel {

    private final ReaderViewModel reader;
    private final Function<Path, BundleCheck> checker;
    private final RecentFiles recentFiles;
    private final Executor background;
    private final Executor ui;

    private final ReadOnlyObjectWrapper<Path> currentFile = new ReadOnlyObjectWrapper<>(this, "currentFile");
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnlyRecent = FXCollections.unmodifiableObservableList(recent);
    private final ReadOnlyObjectWrapper<BundleCheck> rejected = new ReadOnlyObjectWrapper<>(this, "rejected");
    private final ReadOnlyObjectWrapper<BundleCheck> brokenSave = new ReadOnlyObjectWrapper<>(this, "brokenSave");
    private final ReadOnlyObjectWrapper<SaveOutcome> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final ReadOnlyObjectWrapper<Path> opening = new ReadOnlyObjectWrapper<>(this, "opening");
    private BundleWatcher watcher;

    public OpenViewModel(ReaderViewModel reader, Function<Path, BundleCheck> checker, RecentFiles recentFiles,
                         Executor background, Executor ui) {
        this.reader = reader;
        this.checker = checker;
        this.recentFiles = recentFiles;
        this.background = background;
        this.ui = ui;
        background.execute(() -> {
            List<Path> saved = recentFiles.load();
            ui.execute(() -> recent.setAll(saved));
        });
    }

    /** Opens the bundle at {@code path}; if it has errors, {@link #rejectedProperty()} says why. */
    public void open(Path path) {
        opening.set(path);
        background.execute(() -> {
            BundleCheck check = checker.apply(path);
            ui.execute(() -> opened(path, check));
        });
    }

    /** The file being opened, while it is read and checked; {@code null} otherwise. */
    public ReadOnlyObjectProperty<Path> openingProperty() {
        return opening.getReadOnlyProperty();
    }

    /** Remembers that the briefing on screen came from {@code path}, and watches it for changes. */
    public void showing(Path path) {
        currentFile.set(path);
        brokenSave.set(null);
        recent.setAll(RecentFiles.withFirst(path, recent));
        background.execute(() -> {
            List<Path> saved = recentFiles.add(path);
            ui.execute(() -> recent.setAll(saved));
        });
        watch(path);
    }

    /** Shows {@code sample}, the briefing built into the application, in place of any file. */
    public void openSample(Briefing sample) {
        stopWatching();
        currentFile.set(null);
        rejected.set(null);
        brokenSave.set(null);
        reader.open(sample);
    }

    /** Forgets the recent briefings, here and on disk. */
    public void clearRecent() {
        recent.clear();
        background.execute(recentFiles::clear);
    }

    /** What the last Save As did: the file written, or why it could not be. */
    public record SaveOutcome(Path target, String failure) {

        public boolean succeeded() {
            return failure == null;
        }
    }

    /** Writes the briefing on screen to {@code target}, in the format its extension names, off the UI thread. */
    public void saveAs(Path target) {
        Briefing briefing = reader.getBriefing();
        background.execute(() -> {
            SaveOutcome outcome;
            try {
                BriefingConverter.write(briefing, target);
                outcome = new SaveOutcome(target, null);
            } catch (IOException | RuntimeException e) {
                outcome = new SaveOutcome(target, e.getMessage() == null ? e.toString() : e.getMessage());
            }
            SaveOutcome result = outcome;
            ui.execute(() -> saved.set(result));
        });
    }

    /** A name for Save As: the briefing's id, as Markdown. */
    public String suggestedFileName() {
        return reader.getBriefing().metadata().id() + BriefingConverter.Format.MARKDOWN.extension();
    }

    public ReadOnlyObjectProperty<SaveOutcome> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public void reload() {
        Path path = currentFile.get();
        if (path == null) {
            return;
        }
        background.execute(() -> {
            BundleCheck check = checker.apply(path);
            ui.execute(() -> reloaded(path, check));
        });
    }

    public boolean exists(Path path) {
        return Files.exists(path);
    }

    public void close() {
        stopWatching();
    }

    private void opened(Path path, BundleCheck check) {
        if (path.equals(opening.get())) {
            opening.set(null);
        }
        if (check.hasErrors()) {
            rejected.set(check);
            return;
        }
        rejected.set(null);
        reader.open(check.briefing());
        showing(path);
    }

    private void reloaded(Path path, BundleCheck check) {
        if (!path.equals(currentFile.get())) {
            return;
        }
        if (check.hasErrors()) {
            brokenSave.set(check);
        } else {
            brokenSave.set(null);
            reader.reload(check.briefing());
        }
    }

    private void watch(Path path) {
        stopWatching();
        try {
            watcher = BundleWatcher.watch(path, this::reload);
        } catch (IOException e) {
            watcher = null;
        }
    }

    private void stopWatching() {
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                watcher = null;
            }
            watcher = null;
        }
    }

    public ReadOnlyObjectProperty<Path> currentFileProperty() {
        return currentFile.getReadOnlyProperty();
    }

    public ObservableList<Path> getRecent() {
        return readOnlyRecent;
    }

    public ReadOnlyObjectProperty<BundleCheck> rejectedProperty() {
        return rejected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BundleCheck> brokenSaveProperty() {
        return brokenSave.getReadOnlyProperty();
    }
}
