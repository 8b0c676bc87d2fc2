package org.briefingviewer.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A file of the reader's own (notes, settings, recent files) that cannot be read is moved aside before anything new
 * is written in its place, so whatever it still holds is never lost: {@code notes.json} becomes
 * {@code notes.json.damaged-20261203T1030}.
 */
public final class DamagedFiles {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private DamagedFiles() {
    }

    /** Moves {@code file} aside and returns where it now is. */
    public static Path keepAside(Path file) throws IOException {
        String name = file.getFileName() + ".damaged-" + LocalDateTime.now().format(STAMP);
        Path aside = file.resolveSibling(name);
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(name + "-" + n);
        }
        return Files.move(file, aside);
    }
}
