package org.briefingviewer.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.storage.AtomicFiles;

/**
 * Exports a briefing to a PDF file safely: the PDF is written to a temporary file beside the target and moved into
 * place only when complete, so a failed or cancelled export leaves no partial file and never harms an existing one.
 */
public final class PdfExporter {

    public void export(Briefing briefing, ExportOptions options, Path target, ExportProgress progress)
            throws ExportException, ExportCancelledException {
        if (options.panelsOf(briefing).isEmpty()) {
            throw new ExportException("Choose at least one panel to export.");
        }
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
            write(briefing, options, temporary, progress);
            checkNotCancelled(progress);
            progress.update(0.95, "Saving");
            AtomicFiles.moveIntoPlace(temporary, destination);
            progress.update(1, "Done");
        } catch (CancellationException e) {
            throw new ExportCancelledException();
        } catch (IOException e) {
            throw ExportException.writing(absolute, e);
        } catch (RuntimeException e) {
            throw new ExportException("The PDF could not be made: " + e.getMessage(), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * Lays out the briefing's first panel and throws the PDF away, so that the PDF machinery (its classes, fonts and
     * code the compiler has seen) is ready for an export soon after. Never throws: an export reports its own errors.
     */
    public void prepare(Briefing briefing) {
        try {
            export(briefing, new ExportOptions(List.of(briefing.panels().get(0).id()), Layout.DOCUMENT, PageSize.A4,
                    false, false), OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException notReady) {
            // The export itself will meet the same problem, and say so.
        }
    }

    /** Writes the PDF to {@code out}; for callers that manage their own files or streams. */
    public void export(Briefing briefing, ExportOptions options, OutputStream out) throws IOException {
        PdfRenderer.render(briefing, options, out, () -> { });
    }

    private static void write(Briefing briefing, ExportOptions options, Path temporary, ExportProgress progress)
            throws IOException {
        progress.update(0.15, "Laying out pages");
        try (OutputStream out = new CancellableOutputStream(
                new BufferedOutputStream(Files.newOutputStream(temporary)), progress)) {
            PdfRenderer.render(briefing, options, out, () -> {
                checkNotCancelled(progress);
                progress.update(0.6, "Writing PDF");
            });
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
    private static final class CancellableOutputStream extends java.io.FilterOutputStream {
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
