package org.briefingviewer.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import org.briefingviewer.export.ExportOptions;
import org.briefingviewer.export.Layout;
import org.briefingviewer.export.PdfExporter;

/** Exports one synthetic briefing of N panels; run under a small -Xmx to show the heap it needs. */
public final class LargeExport {

    private LargeExport() {
    }

    public static void main(String[] args) throws IOException {
        int panels = Integer.parseInt(args[0]);
        long start = System.nanoTime();
        new PdfExporter().export(SyntheticBriefings.generate(panels, 42),
                ExportOptions.wholeBriefing(Layout.DOCUMENT), OutputStream.nullOutputStream());
        System.out.printf("%d panels exported in %d ms%n", panels, (System.nanoTime() - start) / 1_000_000);
    }
}
