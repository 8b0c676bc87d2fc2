package org.briefingviewer.notes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.Panel;
import org.briefingviewer.reader.ReaderViewModel;
import org.briefingviewer.storage.AtomicFiles;

/**
 * The note on the panel shown. Edits are saved a moment after typing stops, at most {@link #MAX_UNSAVED} after the
 * first unsaved one however steadily the reader types, when the reader turns to another panel, and when the
 * window closes; so a crash loses at most the last two seconds. The file is written on the writer's thread, in
 * order, so a slow disk never holds up typing. A note written on an earlier version of its panel is flagged.
 */
public final class NotesViewModel {

    public static final Duration SAVE_DELAY = Duration.ofSeconds(1);
    public static final Duration MAX_UNSAVED = Duration.ofSeconds(2);

    /** Runs a task after a delay; scheduling again replaces the pending one. */
    @FunctionalInterface
    public interface Debouncer {
        void schedule(Duration delay, Runnable task);
    }

    private final ReaderViewModel reader;
    private final NotesStore store;
    private final Debouncer debouncer;
    private final Executor writer;
    private final Executor ui;
    private final LongSupplier nanoClock;

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final BooleanProperty paneShown = new SimpleBooleanProperty(this, "paneShown");
    private final ReadOnlyBooleanWrapper outdated = new ReadOnlyBooleanWrapper(this, "outdated");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private Map<String, NotesStore.Note> notes = new LinkedHashMap<>();
    private String briefingId;
    private boolean showing;
    private boolean dirty;
    private long firstUnsavedEdit;
    /** The notes as last edited and not yet handed to the writer, for a save from another thread at exit. */
    private volatile NotesStore.Notes unsaved;

    /**
     * @param writer runs the saves one after another, off the JavaFX thread
     * @param ui     runs what a save reports back on the JavaFX thread
     */
    public NotesViewModel(ReaderViewModel reader, NotesStore store, Debouncer debouncer, Executor writer,
                          Executor ui) {
        this(reader, store, debouncer, writer, ui, System::nanoTime);
    }

    /** @param nanoClock the time in nanoseconds, as {@link System#nanoTime()} gives it */
    NotesViewModel(ReaderViewModel reader, NotesStore store, Debouncer debouncer, Executor writer, Executor ui,
                   LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.reader = reader;
        this.store = store;
        this.debouncer = debouncer;
        this.writer = writer;
        this.ui = ui;
        loadFor(reader.getBriefing());
        show(reader.getSelectedPanel());
        reader.briefingProperty().addListener((obs, old, briefing) -> {
            saveNow();
            loadFor(briefing);
            show(reader.getSelectedPanel());
        });
        reader.selectedPanelProperty().addListener((obs, old, panel) -> {
            saveNow();
            show(panel);
        });
        text.addListener((obs, old, now) -> edited(now));
    }

    private void loadFor(Briefing briefing) {
        briefingId = briefing.metadata().id();
        NotesStore.Loaded loaded = store.open(briefingId);
        notes = new LinkedHashMap<>(loaded.notes().byPanel());
        problem.set(loaded.warning());
        if (loaded.warning() != null && !notes.isEmpty()) {
            dirty = true;
            saveNow();
        }
    }

    private void show(Panel panel) {
        showing = true;
        NotesStore.Note note = panel == null ? null : notes.get(panel.id());
        text.set(note == null ? "" : note.text());
        outdated.set(note != null && !note.text().isBlank()
                && !Objects.equals(note.panelVersion(), PanelVersion.of(panel)));
        showing = false;
    }

    private void edited(String now) {
        Panel panel = reader.getSelectedPanel();
        if (showing || panel == null) {
            return;
        }
        notes.put(panel.id(), new NotesStore.Note(now, PanelVersion.of(panel)));
        outdated.set(false);
        unsaved = new NotesStore.Notes(briefingId, new LinkedHashMap<>(notes));
        long time = nanoClock.getAsLong();
        if (!dirty) {
            dirty = true;
            firstUnsavedEdit = time;
        }
        Duration unsaved = Duration.ofNanos(time - firstUnsavedEdit);
        if (unsaved.compareTo(MAX_UNSAVED) >= 0) {
            saveNow();
        } else {
            Duration left = MAX_UNSAVED.minus(unsaved);
            debouncer.schedule(left.compareTo(SAVE_DELAY) < 0 ? left : SAVE_DELAY, this::saveNow);
        }
    }

    /**
     * Hands pending edits to the writer now; called by the debouncer, before another briefing opens and when the
     * window closes. A save that fails leaves the edits pending, so the next one tries again.
     */
    public void saveNow() {
        if (!dirty) {
            return;
        }
        NotesStore.Notes snapshot = new NotesStore.Notes(briefingId, new LinkedHashMap<>(notes));
        dirty = false;
        unsaved = null;
        writer.execute(() -> {
            String failure = write(snapshot);
            ui.execute(() -> saved(snapshot, failure));
        });
    }

    /**
     * Writes the edits not yet handed to the writer, on the calling thread: for a JVM that is ending (a logout or
     * SIGTERM), when the JavaFX thread may no longer run anything.
     */
    public void saveOnExit() {
        NotesStore.Notes snapshot = unsaved;
        if (snapshot != null) {
            write(snapshot);
        }
    }

    private String write(NotesStore.Notes snapshot) {
        try {
            store.save(snapshot);
            return null;
        } catch (IOException | RuntimeException e) {
            return "Your notes could not be saved: " + e.getMessage();
        }
    }

    private void saved(NotesStore.Notes snapshot, String failure) {
        problem.set(failure);
        if (failure != null && snapshot.briefingId().equals(briefingId)) {
            dirty = true;
        }
    }

    public void exportTo(Path file) throws IOException {
        AtomicFiles.writePrivate(file, NotesStore.write(new NotesStore.Notes(briefingId, notes)));
    }

    /** Adds the notes in {@code file} to this briefing's; fails with a clear message for any other file. */
    public void importFrom(Path file) throws IOException {
        NotesStore.Notes imported;
        try {
            imported = NotesStore.read(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IOException(file.getFileName() + " is not a Briefing Viewer notes file", e);
        }
        if (!imported.briefingId().equals(briefingId)) {
            throw new IOException(file.getFileName() + " holds notes on " + imported.briefingId() + ", not on "
                    + briefingId);
        }
        notes = new LinkedHashMap<>(NotesStore.merge(new NotesStore.Notes(briefingId, notes), imported).byPanel());
        dirty = true;
        saveNow();
        show(reader.getSelectedPanel());
    }

    /** Every non-empty note on the open briefing, by panel id; a copy, safe to hand to another thread. */
    public Map<String, String> allNotes() {
        Map<String, String> texts = new LinkedHashMap<>();
        notes.forEach((panelId, note) -> {
            if (!note.text().isBlank()) {
                texts.put(panelId, note.text());
            }
        });
        return texts;
    }

    /** Whether the notes pane is open beside the panel. */
    public BooleanProperty paneShownProperty() {
        return paneShown;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Whether the note was written on an earlier version of this panel. */
    public ReadOnlyBooleanProperty outdatedProperty() {
        return outdated.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
