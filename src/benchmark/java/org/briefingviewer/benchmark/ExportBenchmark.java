package org.briefingviewer.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.export.ExportOptions;
import org.briefingviewer.export.Layout;
import org.briefingviewer.export.PdfExporter;
import org.briefingviewer.model.Briefing;

/**
 * Times PDF export in-process, warm. Not a test: run on purpose with {@code src/benchmark/scripts/benchmark-export.sh}.
 * Prints medians of repeated runs; a 2-core shared machine is noisy, so compare figures from the same run.
 */
public final class ExportBenchmark {

    private static final int WARM_UP = 5;
    private static final int RUNS = 20;
    private static final int LARGE_RUNS = 3;

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        PdfExporter exporter = new PdfExporter();
        Briefing summit = new BriefingLoader().loadEmbedded();
        System.out.println("| case | median ms | min ms | max ms | pages | ms per page |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (Layout layout : Layout.values()) {
            report("summit, " + layout.name().toLowerCase(Locale.ROOT), exporter, summit,
                    ExportOptions.wholeBriefing(layout), WARM_UP, RUNS);
        }
        for (int panels : new int[] {100, 500}) {
            Briefing large = SyntheticBriefings.generate(panels, 42);
            report(panels + " panels, document", exporter, large, ExportOptions.wholeBriefing(Layout.DOCUMENT),
                    1, LARGE_RUNS);
        }
    }

    private static void report(String name, PdfExporter exporter, Briefing briefing, ExportOptions options,
                               int warmUp, int runs) throws IOException {
        for (int i = 0; i < warmUp; i++) {
            exporter.export(briefing, options, OutputStream.nullOutputStream());
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            exporter.export(briefing, options, OutputStream.nullOutputStream());
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        int pages = pageCount(exporter, briefing, options);
        double median = millis.get(millis.size() / 2);
        System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %d | %.1f |%n", name, median, millis.get(0),
                millis.get(millis.size() - 1), pages, median / pages);
    }

    private static int pageCount(PdfExporter exporter, Briefing briefing, ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(briefing, options, out);
        try (var document = Loader.loadPDF(out.toByteArray())) {
            return document.getNumberOfPages();
        }
    }
}
