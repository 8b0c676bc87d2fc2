package org.briefingviewer.opening;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefingviewer.storage.AtomicFiles;
import org.briefingviewer.storage.DamagedFiles;
import org.briefingviewer.storage.UserDataJson;

/** The last briefings opened, newest first, kept in the user data folder. A damaged list is started afresh. */
public final class RecentFiles {

    static final int LIMIT = 10;

    private final Path file;

    public RecentFiles(Path file) {
        this.file = file;
    }

    public List<Path> load() {
        try {
            if (!Files.isRegularFile(file)) {
                return List.of();
            }
            List<String> paths = UserDataJson.FORMAT.listOfFrom(String.class, file.toFile());
            return paths.stream().limit(LIMIT).map(Path::of).toList();
        } catch (IOException | RuntimeException e) {
            keepAside();
            return List.of();
        }
    }

    /** A list that cannot be read is kept aside, so the next save does not write over it. */
    private void keepAside() {
        try {
            DamagedFiles.keepAside(file);
        } catch (IOException e) {
            // The next save then replaces it: the list is only a convenience.
        }
    }

    /** Puts {@code opened} first, saves the list, and returns it. Saving failures only cost the list. */
    public List<Path> add(Path opened) {
        List<Path> kept = withFirst(opened, load());
        try {
            AtomicFiles.writePrivate(file, UserDataJson.FORMAT.asBytes(kept.stream().map(Path::toString).toList()));
        } catch (IOException e) {
            return kept;
        }
        return kept;
    }

    /** Empties the list; returns whether that was saved. */
    public boolean clear() {
        try {
            AtomicFiles.writePrivate(file, UserDataJson.FORMAT.asBytes(List.of()));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code paths} with {@code opened} moved or added to the front, at most {@link #LIMIT} of them. */
    static List<Path> withFirst(Path opened, List<Path> paths) {
        List<Path> reordered = new ArrayList<>(paths);
        Path absolute = opened.toAbsolutePath().normalize();
        reordered.remove(absolute);
        reordered.add(0, absolute);
        return List.copyOf(reordered.subList(0, Math.min(LIMIT, reordered.size())));
    }
}
