package org.briefingviewer.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.bundle.BundleCheck;
import org.briefingviewer.bundle.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Every odd briefing that loads exports, in every layout, a PDF that passes veraPDF's PDF/A-2u and PDF/UA-1 rules.
 * {@code mvn verify} runs a few seeds; {@code src/test/scripts/odd-briefings.sh} runs hundreds
 * ({@code -Dodd.count}, from {@code -Dodd.firstSeed}).
 */
class OddBriefingsTest {

    private static final long FIRST_SEED = Long.getLong("odd.firstSeed", 1);
    private static final long COUNT = Long.getLong("odd.count", 2);

    @TempDir
    Path folder;

    @BeforeAll
    static void startVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static Stream<Long> seeds() {
        return LongStream.range(FIRST_SEED, FIRST_SEED + COUNT).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void loadsAndExportsConformantInEveryLayout(long seed) throws Exception {
        Path file = folder.resolve("odd-" + seed + ".json");
        Files.writeString(file, OddBriefings.json(seed), StandardCharsets.UTF_8);
        BundleCheck check = new BriefingLoader().check(file);

        assertThat(check.problems()).as("the generator writes valid briefings; seed %d", seed)
                .noneMatch(Problem::isError);
        Map<Layout, byte[]> pdfs = new EnumMap<>(Layout.class);
        for (Layout layout : Layout.values()) {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            PdfRenderer.render(check.briefing(), new ExportOptions(List.of(), layout, PageSize.A4, true, true), pdf,
                    () -> { });
            pdfs.put(layout, pdf.toByteArray());
        }
        List<String> failures = checkedTwoAtATime(pdfs);
        if (!failures.isEmpty()) {
            keep(file, seed, pdfs);
        }
        assertThat(failures).as("seed %d", seed).isEmpty();
    }

    /** veraPDF takes most of the time, and validators share nothing: each layout and flavour on its own thread. */
    private static List<String> checkedTwoAtATime(Map<Layout, byte[]> pdfs) throws Exception {
        ExecutorService checking = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> checks = new ArrayList<>();
            pdfs.forEach((layout, pdf) -> {
                for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_2_U, PDFAFlavour.PDFUA_1)) {
                    checks.add(checking.submit(() -> PdfConformanceTest.failedRules(pdf, flavour).stream()
                            .map(rule -> layout + " " + flavour.getId() + " " + rule).toList()));
                }
            });
            List<String> failures = new ArrayList<>();
            for (Future<List<String>> check : checks) {
                failures.addAll(check.get());
            }
            return failures;
        } finally {
            checking.shutdownNow();
        }
    }

    private static void keep(Path file, long seed, Map<Layout, byte[]> pdfs) throws IOException {
        Path kept = Files.createDirectories(Path.of("target", "odd-briefings"));
        Files.copy(file, kept.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        for (Map.Entry<Layout, byte[]> pdf : pdfs.entrySet()) {
            Files.write(kept.resolve("odd-" + seed + "-" + pdf.getKey().name().toLowerCase() + ".pdf"), pdf.getValue());
        }
    }
}
