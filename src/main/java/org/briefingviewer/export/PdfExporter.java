package org.briefingviewer.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.briefingviewer.model.Briefing;

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
        SafeExport.write(target, "PDF", progress,
                (out, checkpoint) -> PdfRenderer.render(briefing, options, out, checkpoint));
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
}
