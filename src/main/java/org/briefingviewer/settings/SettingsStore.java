package org.briefingviewer.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefingviewer.storage.AtomicFiles;
import org.briefingviewer.storage.DamagedFiles;
import org.briefingviewer.storage.UserDataJson;

/** Reads and writes {@link Settings}; a damaged file gives the defaults and a warning, never a failure. */
public final class SettingsStore {

    /** The settings read, and a warning for the reader when the file could not be used. */
    public record Loaded(Settings settings, String warning) {
    }

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public Loaded load() {
        if (!Files.isRegularFile(file)) {
            return new Loaded(Settings.DEFAULTS, null);
        }
        try {
            Settings settings = UserDataJson.FORMAT.beanFrom(Settings.class, file.toFile());
            if (settings == null) {
                throw new IOException("empty");
            }
            return new Loaded(settings, null);
        } catch (IOException | RuntimeException e) {
            return new Loaded(Settings.DEFAULTS, damaged());
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

    /** Saves the settings; a failure costs only the settings, so it is reported, not thrown. */
    public String save(Settings settings) {
        try {
            AtomicFiles.writePrivate(file, UserDataJson.FORMAT.asBytes(settings));
            return null;
        } catch (IOException e) {
            return "Your settings could not be saved: " + e.getMessage();
        }
    }
}
