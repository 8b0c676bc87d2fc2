package org.briefingviewer.export.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.export.Layout;
import org.briefingviewer.export.PdfExporter;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.testing.ManyPanels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs without the FX toolkit: work and property updates run on the calling thread. */
class ExportViewModelTest {

    private static final Briefing SUMMIT = new BriefingLoader().loadEmbedded();

    @TempDir
    Path folder;

    private final List<Runnable> queued = new ArrayList<>();
    private final ObjectProperty<Briefing> shown = new SimpleObjectProperty<>(SUMMIT);
    private final ExportViewModel viewModel = new ExportViewModel(shown, new PdfExporter()::export,
            queued::add, Runnable::run);

    @Test
    void scopeDecidesWhichPanelsAreExported() {
        viewModel.currentPanelProperty().set(SUMMIT.panel("defense").orElseThrow());

        viewModel.scopeProperty().set(ExportViewModel.Scope.CURRENT);
        assertThat(viewModel.options().panelIds()).containsExactly("defense");
        assertThat(viewModel.defaultFileName()).isEqualTo("korea-us-summit-defense.pdf");

        viewModel.scopeProperty().set(ExportViewModel.Scope.ALL);
        assertThat(viewModel.options().panelsOf(SUMMIT)).hasSize(5);
        assertThat(viewModel.defaultFileName()).isEqualTo("korea-us-summit-all.pdf");

        viewModel.scopeProperty().set(ExportViewModel.Scope.CHOSEN);
        viewModel.getChoices().forEach(choice -> choice.chosenProperty().set(false));
        viewModel.getChoices().get(1).chosenProperty().set(true);
        viewModel.getChoices().get(3).chosenProperty().set(true);
        assertThat(viewModel.options().panelIds()).containsExactly("trade", "industries");
    }

    @Test
    void personalNotesGoIntoTheOptionsOnlyWhenChosen() {
        viewModel.exportNotesFrom(() -> java.util.Map.of("trade", "my note"));

        assertThat(viewModel.options().personalNotes()).isEmpty();
        viewModel.personalNotesProperty().set(true);
        assertThat(viewModel.options().personalNotes()).containsEntry("trade", "my note");
    }

    @Test
    void exportIsImpossibleWithNoPanelChosen() {
        viewModel.scopeProperty().set(ExportViewModel.Scope.CHOSEN);
        viewModel.getChoices().forEach(choice -> choice.chosenProperty().set(false));

        assertThat(viewModel.hasPanelsProperty().get()).isFalse();

        viewModel.getChoices().get(0).chosenProperty().set(true);
        assertThat(viewModel.hasPanelsProperty().get()).isTrue();
    }

    @Test
    void runningExportReportsProgressThenTheFile() throws Exception {
        viewModel.layoutProperty().set(Layout.HANDOUT);
        Path target = folder.resolve("handout.pdf");

        viewModel.start(target);
        assertThat(viewModel.runningProperty().get()).isTrue();
        runQueuedWork();

        assertThat(viewModel.runningProperty().get()).isFalse();
        assertThat(viewModel.progressProperty().get()).isEqualTo(1.0);
        assertThat(viewModel.exportedProperty().get()).isEqualTo(target);
        assertThat(viewModel.failureProperty().get()).isNull();
        assertThat(Files.size(target)).isPositive();
    }

    @Test
    void cancelBeforeTheWorkRunsWritesNothing() {
        Path target = folder.resolve("cancelled.pdf");

        viewModel.start(target);
        viewModel.cancel();
        runQueuedWork();

        assertThat(viewModel.stageProperty().get()).isEqualTo("Cancelled");
        assertThat(viewModel.exportedProperty().get()).isNull();
        assertThat(target).doesNotExist();
    }

    @Test
    void failureIsReportedAsAMessage() {
        viewModel.start(folder.resolve("missing").resolve("x.pdf"));
        runQueuedWork();

        assertThat(viewModel.failureProperty().get()).contains("does not exist");
        assertThat(viewModel.runningProperty().get()).isFalse();
    }

    @Test
    void secondStartWhileRunningIsIgnored() {
        viewModel.start(folder.resolve("a.pdf"));
        viewModel.start(folder.resolve("b.pdf"));

        assertThat(queued).hasSize(1);
    }

    @Test
    void theExportFollowsTheBriefingShownWhenAnotherIsOpened() {
        List<String> exportedTitles = new ArrayList<>();
        ExportViewModel.Exporter recording = (briefing, options, target, progress) ->
                exportedTitles.add(briefing.metadata().title());
        ExportViewModel following = new ExportViewModel(shown, recording, Runnable::run, Runnable::run);
        Briefing other = ManyPanels.briefing(3);

        shown.set(other);
        following.start(folder.resolve("other.pdf"));

        assertThat(exportedTitles).containsExactly(other.metadata().title());
        assertThat(following.getChoices()).extracting(choice -> choice.panel().id())
                .containsExactlyElementsOf(other.panels().stream().map(panel -> panel.id()).toList());
        assertThat(following.currentPanelProperty().get()).isEqualTo(other.panels().get(0));
        assertThat(following.defaultFileName()).startsWith(other.metadata().id());
    }

    @Test
    void unexpectedErrorsBecomeMessagesNotCrashes() {
        ExportViewModel.Exporter broken = (briefing, options, target, progress) -> {
            throw new IllegalStateException("boom");
        };
        ExportViewModel failing = new ExportViewModel(shown, broken, Runnable::run, Runnable::run);

        failing.start(folder.resolve("x.pdf"));

        assertThat(failing.failureProperty().get()).contains("boom");
        assertThat(failing.runningProperty().get()).isFalse();
    }

    @Test
    void theExporterIsReadiedOnceInTheBackgroundWithTheBriefingShown() {
        List<Briefing> readied = new ArrayList<>();
        viewModel.prepareWith(readied::add);
        Briefing other = ManyPanels.briefing(3);
        shown.set(other);

        viewModel.prepare();
        viewModel.prepare();
        assertThat(readied).as("not on the calling thread").isEmpty();
        runQueuedWork();

        assertThat(readied).containsExactly(other);
    }

    private void runQueuedWork() {
        new ArrayList<>(queued).forEach(Runnable::run);
        queued.clear();
    }
}
