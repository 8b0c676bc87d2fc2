package org.briefingviewer.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.briefingviewer.storage.AtomicFiles;
import org.briefingviewer.storage.DamagedFiles;
import org.briefingviewer.storage.UserDataJson;

/**
 * Reads and writes the settings file: one JSON object, a value per preference name. A damaged file gives no values
 * and a warning, never a failure.
 */
public final class SettingsStore {

    /** The values read, and a warning for the reader when the file could not be used. */
    public record Loaded(Map<String, Object> values, String warning) {
    }

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public Loaded load() {
        if (!Files.isRegularFile(file)) {
            return new Loaded(Map.of(), null);
        }
        try {
            Map<String, Object> values = UserDataJson.FORMAT.mapFrom(file.toFile());
            if (values == null) {
                throw new IOException("empty");
            }
            return new Loaded(values, null);
        } catch (IOException | RuntimeException e) {
            return new Loaded(Map.of(), damaged());
        }
    }

    private String damaged() {
        try {
            Path aside = DamagedFiles.keepAside(file);
            return "Your settings could not be read, so the defaults are in use. The damaged file was kept as "
                    + aside + ".";
        } catch (IOException e) {
            return "Your settings could not be read, so the defaults are in use (" + file + ").";
        }
    }

    /** Saves the values; a failure costs only the settings, so it is returned as a message, not thrown. */
    public String save(Map<String, Object> values) {
        try {
            AtomicFiles.writePrivate(file, UserDataJson.FORMAT.asBytes(new LinkedHashMap<>(values)));
            return null;
        } catch (IOException e) {
            return "Your settings could not be saved: " + e.getMessage();
        }
    }
}
