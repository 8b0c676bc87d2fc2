package org.briefingviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefingviewer.export.PdfPrinter;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.model.Briefing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final RecordingLauncher launcher = new RecordingLauncher();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void captureOutput() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void withoutArgumentsOpensTheEmbeddedBriefingAtItsFirstPanel() {
        assertThat(Main.run(launcher)).isZero();

        assertThat(launcher.briefing.metadata().id()).isEqualTo("korea-us-summit");
        assertThat(launcher.panelId).isNull();
        assertThat(launcher.reopenLast).as("the window may reopen the briefing shown last").isTrue();
    }

    @Test
    void sampleOpensTheEmbeddedBriefingEvenIfAnotherWasShownLast() {
        assertThat(Main.run(launcher, "--sample")).isZero();

        assertThat(launcher.briefing.metadata().id()).isEqualTo("korea-us-summit");
        assertThat(launcher.reopenLast).isFalse();
    }

    @Test
    void sampleWithAFileIsAUsageError() {
        assertThat(Main.run(launcher, "--sample", "docs/examples/minimal")).isEqualTo(Main.USAGE);

        assertThat(stderr()).contains("--sample").contains("no FILE");
    }

    @Test
    void withoutADisplaySaysSoAndSuggestsExporting() {
        launcher.displayMissing = true;

        assertThat(Main.run(launcher)).isEqualTo(Main.FAILED);

        assertThat(stderr()).contains("no display").contains("--export-pdf");
    }

    @Test
    void panelOptionOpensThatPanel() {
        assertThat(Main.run(launcher, "--panel", "defense")).isZero();

        assertThat(launcher.panelId).isEqualTo("defense");
    }

    @Test
    void versionPrintsTheNameAndOpensNothing() {
        assertThat(Main.run(launcher, "--version")).isZero();

        assertThat(stdout()).startsWith("Briefing Viewer ");
        assertThat(launcher.briefing).isNull();
    }

    @Test
    void helpDescribesTheOptions() {
        assertThat(Main.run(launcher, "--help")).isZero();

        assertThat(stdout()).contains("--panel", "FILE", "--version");
    }

    @Test
    void unknownOptionIsAOneLineErrorWithExitCodeTwo() {
        assertThat(Main.run(launcher, "--frobnicate")).isEqualTo(2);

        assertThat(stderr().lines()).singleElement().asString().contains("--frobnicate");
        assertThat(launcher.briefing).isNull();
    }

    @Test
    void missingFileIsAOneLineErrorWithExitCodeTwo(@TempDir Path folder) {
        Path missing = folder.resolve("nowhere.json");

        assertThat(Main.run(launcher, missing.toString())).isEqualTo(2);

        assertThat(stderr().lines()).singleElement().asString().contains("no such file", "nowhere.json");
    }

    @Test
    void unknownPanelIsAOneLineErrorListingThePanels() {
        assertThat(Main.run(launcher, "--panel", "weather")).isEqualTo(2);

        assertThat(stderr().lines()).singleElement().asString().contains("'weather'", "trade");
    }

    @Test
    void badBundleListsItsProblemsWithoutAStackTraceAndOpensTheWindowToShowThem(@TempDir Path folder)
            throws IOException {
        Path broken = Files.writeString(folder.resolve("broken.json"), "{\"formatVersion\": 1,");

        assertThat(Main.run(launcher, broken.toString())).isEqualTo(1);

        assertThat(stderr()).contains("broken.json cannot be opened").doesNotContain("Exception", "\tat ");
        assertThat(launcher.rejected).as("the window shows the file's problems").isEqualTo(broken);
        assertThat(launcher.briefing.metadata().title()).as("in front of the embedded briefing")
                .isEqualTo(new BriefingLoader().loadEmbedded().metadata().title());
        assertThat(launcher.reopenLast).isFalse();
    }

    @Test
    void validBundleFileIsOpened(@TempDir Path folder) throws IOException {
        Path copy = folder.resolve("copy.json");
        try (var in = getClass().getResourceAsStream("/org/briefingviewer/briefings/korea-us-summit.json")) {
            Files.copy(in, copy);
        }

        assertThat(Main.run(launcher, copy.toString(), "--panel", "industries")).isZero();

        assertThat(launcher.briefing.panels()).hasSize(5);
        assertThat(launcher.panelId).isEqualTo("industries");
    }

    @Test
    void exportPdfWritesTheChosenPanelsWithoutOpeningAWindow(@TempDir Path folder) throws IOException {
        Path pdf = folder.resolve("out.pdf");

        assertThat(Main.run(launcher, "--export-pdf", pdf.toString(), "--panels", "trade,defense",
                "--layout", "slides", "--page-size", "letter", "--notes")).isZero();

        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(launcher.briefing).isNull();
        assertThat(stderr()).isEmpty();
    }

    @Test
    void exportPptxWritesAPowerPointFileWithoutOpeningAWindow(@TempDir Path folder) throws IOException {
        Path pptx = folder.resolve("talk.pptx");

        assertThat(Main.run(launcher, "--export-pptx", pptx.toString(), "--panels", "trade")).isZero();

        assertThat(Files.readAllBytes(pptx)).startsWith("PK".getBytes(StandardCharsets.US_ASCII));
        assertThat(launcher.briefing).isNull();
        assertThat(stderr()).isEmpty();
    }

    @Test
    void exportingToAPdfAndAPowerPointFileAtOnceIsAUsageError(@TempDir Path folder) {
        assertThat(Main.run(launcher, "--export-pdf", folder.resolve("a.pdf").toString(), "--export-pptx",
                folder.resolve("a.pptx").toString())).isEqualTo(Main.USAGE);

        assertThat(stderr()).contains("one file at a time");
    }

    @Test
    void printingWithNoPrinterInstalledSaysSoAndFails() {
        PdfPrinter none = new PdfPrinter(List::of);

        assertThat(Main.run(launcher, none, "--print", "--layout", "slides")).isEqualTo(Main.FAILED);

        assertThat(stderr()).contains("No printer is installed").contains("export to PDF");
        assertThat(launcher.briefing).isNull();
    }

    @Test
    void aHandoutTakesTwoThreeOrSixSlidesAPage(@TempDir Path folder) {
        assertThat(Main.run(launcher, "--export-pdf", folder.resolve("a.pdf").toString(), "--layout", "handout",
                "--slides-per-page", "4")).isEqualTo(Main.USAGE);

        assertThat(stderr()).contains("2, 3 or 6");
        assertThat(folder.resolve("a.pdf")).doesNotExist();
    }

    @Test
    void exportPdfWithAnUnknownPanelFailsWithOneLine(@TempDir Path folder) {
        assertThat(Main.run(launcher, "--export-pdf", folder.resolve("out.pdf").toString(), "--panels",
                "trade,weather")).isEqualTo(2);

        assertThat(stderr().lines()).singleElement().asString().contains("'weather'");
        assertThat(folder.resolve("out.pdf")).doesNotExist();
    }

    @Test
    void exportPdfToAMissingFolderFailsWithOneLine(@TempDir Path folder) {
        Path pdf = folder.resolve("missing").resolve("out.pdf");

        assertThat(Main.run(launcher, "--export-pdf", pdf.toString())).isEqualTo(1);

        assertThat(stderr().lines()).singleElement().asString().contains("does not exist");
    }

    @Test
    void exportPdfOfABadBundleFailsWithOneLine(@TempDir Path folder) throws IOException {
        Path broken = Files.writeString(folder.resolve("broken.json"), "{\"formatVersion\": 1}");

        assertThat(Main.run(launcher, "--export-pdf", folder.resolve("out.pdf").toString(), broken.toString()))
                .isEqualTo(1);

        assertThat(stderr().lines()).singleElement().asString().contains("broken.json cannot be opened");
    }

    @Test
    void exportPdfWithAnUnknownLayoutIsAUsageError(@TempDir Path folder) {
        assertThat(Main.run(launcher, "--export-pdf", folder.resolve("out.pdf").toString(), "--layout", "poster"))
                .isEqualTo(2);

        assertThat(stderr().lines()).singleElement().asString().contains("poster");
    }

    @Test
    void validatePrintsCompilerStyleProblemsAndExitsOneOnErrors(@TempDir Path folder) throws IOException {
        Path broken = Files.writeString(folder.resolve("broken.json"), "{\n  \"formatVersion\": 1\n}\n");

        assertThat(Main.run(launcher, "--validate", "docs/examples/minimal", broken.toString())).isEqualTo(1);

        assertThat(stdout().lines()).isNotEmpty().allSatisfy(line ->
                assertThat(line).matches(java.util.regex.Pattern.quote(broken.toString()) + ":\\d+:\\d+: error: .*"));
        assertThat(launcher.briefing).isNull();
    }

    @Test
    void validateOfCleanBundlesPrintsNothingAndExitsZero() {
        assertThat(Main.run(launcher, "--validate", "docs/examples/minimal", "docs/examples/minimal.briefing"))
                .isZero();

        assertThat(stdout()).isEmpty();
    }

    @Test
    void validateReportsMarkdownProblemsAtTheirPlaceInTheMarkdown(@TempDir Path folder) throws IOException {
        String markdown = Files.readString(Path.of("docs", "examples", "korea-us-summit.md"))
                .replace("**$350 billion**", "**$450 billion**");
        Path altered = Files.writeString(folder.resolve("altered.md"), markdown);
        long line = markdown.substring(0, markdown.indexOf("**$450 billion**")).lines().count() + 1;

        assertThat(Main.run(launcher, "--validate", "docs/examples/korea-us-summit.md", altered.toString()))
                .isZero();

        assertThat(stdout().lines()).containsExactly(altered + ":" + line + ":1: warning: '$450 billion' does not"
                + " appear in p2, which this block cites");
    }

    @Test
    void convertWritesTheFormatTheTargetNames(@TempDir Path folder) throws IOException {
        Path markdown = folder.resolve("summit.md");
        Path json = folder.resolve("summit.json");

        assertThat(Main.run(launcher, "--convert", "docs/examples/minimal.briefing", markdown.toString())).isZero();
        assertThat(Main.run(launcher, "--convert", markdown.toString(), json.toString())).isZero();

        assertThat(Files.readString(markdown)).startsWith("---\nid: \"minimal-example\"");
        assertThat(folder.resolve("images/tariff.png")).exists();
        assertThat(Main.run(launcher, "--validate", json.toString())).isZero();
        assertThat(launcher.briefing).isNull();
    }

    @Test
    void convertToAnUnknownFormatIsAUsageError(@TempDir Path folder) {
        assertThat(Main.run(launcher, "--convert", "docs/examples/minimal", folder.resolve("x.txt").toString()))
                .isEqualTo(Main.USAGE);

        assertThat(stderr()).contains("must end in .md, .json or .briefing");
    }

    @Test
    void openingAFolderOrArchiveHandsItToTheWindow() {
        assertThat(Main.run(launcher, "docs/examples/minimal.briefing")).isZero();

        assertThat(launcher.briefing.metadata().id()).isEqualTo("minimal-example");
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static final class RecordingLauncher implements Launcher {
        private Briefing briefing;
        private String panelId;
        private boolean reopenLast;
        private boolean displayMissing;
        private Path rejected;

        @Override
        public boolean open(Briefing briefingToOpen, Path file, boolean reopenLastFile, String panel,
                            boolean benchmarkStartup, Path rejectedFile) {
            this.briefing = briefingToOpen;
            this.rejected = rejectedFile;
            this.reopenLast = reopenLastFile;
            this.panelId = panel;
            return !displayMissing;
        }
    }
}
