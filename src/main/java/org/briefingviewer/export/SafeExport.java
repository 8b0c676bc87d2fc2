package org.briefingviewer.export;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import org.briefingviewer.storage.AtomicFiles;

/**
 * Writes an exported file safely: to a temporary file beside the target, moved into place only when complete, so a
 * failed or cancelled export leaves no partial file and never harms an existing one.
 */
final class SafeExport {

    /** Writes the whole file to {@code out}, calling {@code checkpoint} between its stages. */
    @FunctionalInterface
    interface Writer {
        void write(OutputStream out, Runnable checkpoint) throws IOException;
    }

    private SafeExport() {
    }

    /** @param what what is being made, for a message such as "The PDF could not be made: …" */
    static void write(Path target, String what, ExportProgress progress, Writer writer)
            throws ExportException, ExportCancelledException {
        Path absolute = target.toAbsolutePath();
        progress.update(0.05, "Preparing");
        Path destination;
        Path temporary;
        try {
            destination = AtomicFiles.destinationOf(absolute);
            temporary = AtomicFiles.temporaryBeside(destination, false);
        } catch (IOException e) {
            throw ExportException.writing(absolute, e);
        }
        try {
            progress.update(0.15, "Laying out pages");
            try (OutputStream out = new CancellableOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(temporary)), progress)) {
                writer.write(out, () -> {
                    checkNotCancelled(progress);
                    progress.update(0.6, "Writing " + what);
                });
            }
            checkNotCancelled(progress);
            progress.update(0.95, "Saving");
            AtomicFiles.moveIntoPlace(temporary, destination);
            progress.update(1, "Done");
        } catch (CancellationException e) {
            throw new ExportCancelledException();
        } catch (IOException e) {
            throw ExportException.writing(absolute, e);
        } catch (RuntimeException e) {
            throw new ExportException("The " + what + " could not be made: " + e.getMessage(), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void checkNotCancelled(ExportProgress progress) {
        if (progress.isCancelled()) {
            throw new CancellationException();
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            temporary.toFile().deleteOnExit();
        }
    }

    /** Stops a running write as soon as the export is cancelled. */
    private static final class CancellableOutputStream extends FilterOutputStream {
        private final ExportProgress progress;

        CancellableOutputStream(OutputStream out, ExportProgress progress) {
            super(out);
            this.progress = progress;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            checkNotCancelled(progress);
            out.write(bytes, offset, length);
        }
    }
}
