package org.briefingviewer.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/** An export that did not produce its file, with a message written for the person who asked for it. */
public class ExportException extends Exception {

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Explains a failure to write {@code target} in words a reader can act on. */
    static ExportException writing(Path target, IOException cause) {
        Path folder = target.toAbsolutePath().getParent();
        String reason = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
        if (cause instanceof AccessDeniedException) {
            return new ExportException("Cannot write to " + folder + ": permission denied.", cause);
        }
        if (cause instanceof NoSuchFileException || cause instanceof NotDirectoryException) {
            return new ExportException("The folder " + folder + " does not exist.", cause);
        }
        if (reason.contains("no space left") || reason.contains("disk full") || reason.contains("not enough space")) {
            return new ExportException("The disk holding " + folder + " is full; free some space and try again.",
                    cause);
        }
        if (reason.contains("being used by another process") || reason.contains("locked")) {
            return new ExportException(target.getFileName() + " is open in another program; close it and try again.",
                    cause);
        }
        String detail = cause instanceof FileSystemException fileSystem && fileSystem.getReason() != null
                ? fileSystem.getReason() : String.valueOf(cause.getMessage());
        return new ExportException("Could not write " + target + ": " + detail + ".", cause);
    }
}
