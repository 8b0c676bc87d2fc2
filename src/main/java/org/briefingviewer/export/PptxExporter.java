package org.briefingviewer.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.briefingviewer.model.Briefing;

/**
 * Exports a briefing's slides to an editable PowerPoint file, one slide per presented page of the slide layout,
 * written as safely as a PDF (a temporary file moved into place only when complete).
 */
public final class PptxExporter {

    public void export(Briefing briefing, ExportOptions options, Path target, ExportProgress progress)
            throws ExportException, ExportCancelledException {
        if (options.panelsOf(briefing).isEmpty()) {
            throw new ExportException("Choose at least one panel to export.");
        }
        SafeExport.write(target, "PowerPoint file", progress,
                (out, checkpoint) -> PptxDeck.write(briefing, options, out, checkpoint));
    }

    /** Writes the PowerPoint file to {@code out}; for callers that manage their own files or streams. */
    public void export(Briefing briefing, ExportOptions options, OutputStream out) throws IOException {
        PptxDeck.write(briefing, options, out, () -> { });
    }
}
