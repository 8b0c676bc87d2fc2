package org.briefingviewer.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.bundle.BundleException;
import org.briefingviewer.model.Briefing;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading a synthetic bundle in-process, as the window does before showing it: parsing, the schema and meaning
 * checks, and binding (JMH). {@code cold} is the first load in a fresh JVM, its loader made too, as at start;
 * {@code warm} is a load by a loader that has loaded before, compiled, as for a file opened in a running window.
 * Not a test: run on purpose by {@code src/benchmark/scripts/benchmark-startup.sh}, which writes the bundles and passes
 * their folder as the {@code folder} parameter.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BundleLoadBenchmark {

    @Param({"100", "1000", "5000"})
    public int panels;

    /** Holds {@code synthetic-<panels>.json}, as {@link SyntheticBundleWriter} writes it: {@code -p folder=…}. */
    @Param("")
    public String folder;

    private byte[] json;
    private BriefingLoader loader;

    @Setup
    public void readBundle() {
        if (folder.isEmpty()) {
            throw new IllegalStateException("Name the folder of the synthetic bundles with -p folder=…");
        }
        try {
            json = Files.readAllBytes(Path.of(folder, "synthetic-" + panels + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loader = new BriefingLoader();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(7)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Briefing cold() throws BundleException {
        return new BriefingLoader().load(json, "synthetic.json");
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Fork(1)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Briefing warm() throws BundleException {
        return loader.load(json, "synthetic.json");
    }
}
