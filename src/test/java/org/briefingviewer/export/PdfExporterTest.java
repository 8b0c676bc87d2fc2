package org.briefingviewer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.model.Briefing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExporterTest {

    private static final Briefing SUMMIT = new BriefingLoader().loadEmbedded();
    private static final ExportOptions TRADE = new ExportOptions(List.of("trade"), Layout.DOCUMENT, PageSize.A4,
            false, false);

    private final PdfExporter exporter = new PdfExporter();

    @TempDir
    Path folder;

    @Test
    void writesAPdfAndReportsProgressToTheEnd() throws Exception {
        Path target = folder.resolve("trade.pdf");
        RecordingProgress progress = new RecordingProgress(Integer.MAX_VALUE);

        exporter.export(SUMMIT, TRADE, target, progress);

        assertThat(Files.readAllBytes(target)).startsWith("%PDF-".getBytes());
        assertThat(progress.fractions).isSorted().last().isEqualTo(1.0);
        assertThat(filesIn(folder)).containsExactly(target);
        assertThat(target).isReadable();
        if (target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Path ordinary = Files.createFile(folder.resolve("ordinary"));
            assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(ordinary));
        }
    }

    @Test
    void replacesAnExistingFileOnlyWhenTheNewOneIsComplete() throws Exception {
        Path target = Files.writeString(folder.resolve("trade.pdf"), "the previous export");

        exporter.export(SUMMIT, TRADE, target, ExportProgress.SILENT);

        assertThat(Files.readAllBytes(target)).startsWith("%PDF-".getBytes());
    }

    @Test
    void cancellingLeavesNoFileAndTheExistingOneUntouched() throws IOException {
        Path target = Files.writeString(folder.resolve("trade.pdf"), "the previous export");
        for (int allowedChecks = 0; allowedChecks < 6; allowedChecks++) {
            RecordingProgress cancelling = new RecordingProgress(allowedChecks);

            assertThatThrownBy(() -> exporter.export(SUMMIT, TRADE, target, cancelling))
                    .isInstanceOf(ExportCancelledException.class);

            assertThat(target).hasContent("the previous export");
            assertThat(filesIn(folder)).containsExactly(target);
        }
    }

    @Test
    void aMissingFolderIsAClearMessage() {
        Path target = folder.resolve("no-such-folder").resolve("trade.pdf");

        assertThatThrownBy(() -> exporter.export(SUMMIT, TRADE, target, ExportProgress.SILENT))
                .isInstanceOf(ExportException.class)
                .hasMessage("The folder " + target.getParent() + " does not exist.");
    }

    @Test
    void aFileWhereTheFolderShouldBeIsAClearMessage() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("notes.txt"), "text");

        assertThatThrownBy(() -> exporter.export(SUMMIT, TRADE, notAFolder.resolve("trade.pdf"),
                ExportProgress.SILENT))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining(notAFolder.toString());
        assertThat(notAFolder).hasContent("text");
    }

    @Test
    void noPanelsChosenIsRefused() {
        ExportOptions none = new ExportOptions(List.of("not-a-panel"), Layout.DOCUMENT, PageSize.A4, false, false);

        assertThatThrownBy(() -> exporter.export(SUMMIT, none, folder.resolve("x.pdf"), ExportProgress.SILENT))
                .isInstanceOf(ExportException.class).hasMessageContaining("at least one panel");
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void writeFailuresAreExplainedInPlainWords() {
        Path target = Path.of("/reports/trade.pdf");

        assertThat(ExportException.writing(target, new AccessDeniedException("/reports/x")).getMessage())
                .isEqualTo("Cannot write to /reports: permission denied.");
        assertThat(ExportException.writing(target,
                new FileSystemException("/reports/x", null, "No space left on device")).getMessage())
                .isEqualTo("The disk holding /reports is full; free some space and try again.");
        assertThat(ExportException.writing(target, new FileSystemException("/reports/x", null,
                "The process cannot access the file because it is being used by another process")).getMessage())
                .isEqualTo("trade.pdf is open in another program; close it and try again.");
    }

    @Test
    void defaultFileNameNamesTheBriefingAndPanels() {
        assertThat(TRADE.defaultFileName(SUMMIT)).isEqualTo("korea-us-summit-trade.pdf");
        assertThat(ExportOptions.wholeBriefing(Layout.SLIDES).defaultFileName(SUMMIT))
                .isEqualTo("korea-us-summit-all.pdf");
        assertThat(new ExportOptions(List.of("defense", "trade"), null, null, false, false).defaultFileName(SUMMIT))
                .isEqualTo("korea-us-summit-trade-defense.pdf");
    }

    private static List<Path> filesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Records progress, and asks to cancel once it has been asked {@code allowedChecks} times. */
    private static final class RecordingProgress implements ExportProgress {
        private final List<Double> fractions = new ArrayList<>();
        private final int allowedChecks;
        private int checks;

        RecordingProgress(int allowedChecks) {
            this.allowedChecks = allowedChecks;
        }

        @Override
        public void update(double fraction, String stage) {
            fractions.add(fraction);
        }

        @Override
        public boolean isCancelled() {
            return checks++ >= allowedChecks;
        }
    }
}
