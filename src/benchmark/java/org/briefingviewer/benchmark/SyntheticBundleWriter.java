package org.briefingviewer.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefingviewer.bundle.BundleWriter;

/**
 * Writes synthetic briefings as bundle files: {@code SyntheticBundleWriter PANELS FILE}. For benchmarks that
 * start the application on a large briefing.
 */
public final class SyntheticBundleWriter {

    private SyntheticBundleWriter() {
    }

    public static void main(String[] args) throws IOException {
        Files.write(Path.of(args[1]), BundleWriter.write(SyntheticBriefings.generate(Integer.parseInt(args[0]), 42)));
    }
}
