package org.briefingviewer.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.bundle.BundleWriter;
import org.briefingviewer.bundle.MarkdownWriter;
import org.briefingviewer.model.Briefing;

/**
 * How long a warm viewer takes to check and load a 300-panel briefing written in Markdown, against the same
 * briefing as JSON. Run on purpose: {@code src/benchmark/scripts/benchmark-markdown.sh}.
 */
public final class MarkdownLoadBenchmark {

    private static final int PANELS = 300;
    private static final int WARM_UP = 15;
    private static final int RUNS = 25;

    private MarkdownLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Briefing briefing = SyntheticBriefings.generate(PANELS, 42);
        Path folder = Files.createTempDirectory("markdown-benchmark");
        Path markdown = Files.writeString(folder.resolve("briefing.md"), MarkdownWriter.write(briefing));
        Path json = Files.write(folder.resolve("briefing.json"),
                BundleWriter.write(briefing));
        BriefingLoader loader = new BriefingLoader();
        for (Path file : List.of(markdown, json)) {
            List<Long> millis = new ArrayList<>();
            for (int run = 0; run < WARM_UP + RUNS; run++) {
                long start = System.nanoTime();
                if (loader.check(file).hasErrors()) {
                    throw new IllegalStateException(file + " has errors");
                }
                if (run >= WARM_UP) {
                    millis.add((System.nanoTime() - start) / 1_000_000);
                }
            }
            Collections.sort(millis);
            System.out.printf("%s (%d panels, %d kB): median %d ms, min %d ms, max %d ms%n",
                    file.getFileName(), PANELS, Files.size(file) / 1024, millis.get(RUNS / 2), millis.get(0),
                    millis.get(RUNS - 1));
        }
    }
}
