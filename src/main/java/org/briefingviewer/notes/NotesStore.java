package org.briefingviewer.notes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.briefingviewer.storage.AtomicFiles;
import org.briefingviewer.storage.DamagedFiles;
import org.briefingviewer.storage.UserDataJson;

/**
 * A reader's private notes on one briefing, one file per briefing id in the user data folder, always written
 * through a temporary file so a crash leaves the old notes or the new ones, never a damaged file.
 */
public final class NotesStore {

    /**
     * One panel's note.
     *
     * @param panelVersion a fingerprint of the panel when the note was last written, to notice later changes
     */
    public record Note(String text, String panelVersion) {
    }

    /** What is stored: the briefing's id and its notes by panel id. */
    public record Notes(String briefingId, Map<String, Note> byPanel) {
        public Notes {
            byPanel = Map.copyOf(byPanel);
        }
    }

    private final Path folder;

    public NotesStore(Path folder) {
        this.folder = folder;
    }

    /** The notes read, and, when the file was damaged, the sentence that tells the reader where it was kept. */
    public record Loaded(Notes notes, String warning) {
    }

    /** The notes on {@code briefingId}; none when there are none yet. */
    public Notes load(String briefingId) {
        return open(briefingId).notes();
    }

    /**
     * The notes on {@code briefingId}. A file that cannot be read is moved aside before anything is written in its
     * place, and the notes that can still be read from it are kept.
     */
    public Loaded open(String briefingId) {
        Path file = fileOf(briefingId);
        if (!Files.isRegularFile(file)) {
            return new Loaded(new Notes(briefingId, Map.of()), null);
        }
        try {
            return new Loaded(read(Files.readAllBytes(file)), null);
        } catch (IOException | RuntimeException damaged) {
            return recovered(briefingId, file);
        }
    }

    private static Loaded recovered(String briefingId, Path file) {
        Map<String, Note> readable = NotesRecovery.readableNotes(file);
        try {
            Path aside = DamagedFiles.keepAside(file);
            return new Loaded(new Notes(briefingId, readable), "Your notes file " + file.getFileName()
                    + " was damaged" + (readable.isEmpty() ? "" : "; the " + readable.size()
                    + (readable.size() == 1 ? " note" : " notes") + " that could be read are kept") + ". The file"
                    + " was moved to " + aside + ".");
        } catch (IOException e) {
            return new Loaded(new Notes(briefingId, readable), "Your notes file " + file + " was damaged and"
                    + " could not be moved aside: " + e.getMessage());
        }
    }

    public void save(Notes notes) throws IOException {
        AtomicFiles.writePrivate(fileOf(notes.briefingId()), write(notes));
    }

    static byte[] write(Notes notes) throws IOException {
        return UserDataJson.FORMAT.asBytes(notes);
    }

    static Notes read(byte[] json) throws IOException {
        try {
            Notes notes = UserDataJson.FORMAT.beanFrom(Notes.class, json);
            if (notes.briefingId() == null) {
                throw new IOException("not a notes file");
            }
            return notes;
        } catch (RuntimeException e) {
            throw new IOException("not a notes file", e);
        }
    }

    /** Notes exported by a reader: merged into {@code current}, the imported text winning where both have one. */
    static Notes merge(Notes current, Notes imported) {
        Map<String, Note> merged = new LinkedHashMap<>(current.byPanel());
        merged.putAll(imported.byPanel());
        return new Notes(current.briefingId(), merged);
    }

    private Path fileOf(String briefingId) {
        return folder.resolve(briefingId.replaceAll("[^A-Za-z0-9._-]", "_") + ".json");
    }
}
