package org.briefingviewer.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        List<String> failures = new ArrayList<>();
        for (Layout layout : Layout.values()) {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            PdfRenderer.render(check.briefing(), new ExportOptions(List.of(), layout, PageSize.A4, true, true), pdf,
                    () -> { });
            for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_2_U, PDFAFlavour.PDFUA_1)) {
                PdfConformanceTest.failedRules(pdf.toByteArray(), flavour)
                        .forEach(rule -> failures.add(layout + " " + flavour.getId() + " " + rule));
            }
            if (!failures.isEmpty()) {
                Path kept = Files.createDirectories(Path.of("target", "odd-briefings"));
                Files.copy(file, kept.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Files.write(kept.resolve("odd-" + seed + "-" + layout.name().toLowerCase() + ".pdf"),
                        pdf.toByteArray());
            }
        }
        assertThat(failures).as("seed %d", seed).isEmpty();
    }
}
