package org.briefingviewer.reader;

import static org.assertj.core.api.Assertions.assertThat;

import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.model.Briefing;
import org.junit.jupiter.api.Test;

/** Runs without the JavaFX toolkit: properties and bindings only. */
class ReaderViewModelTest {

    private static final Briefing SUMMIT = new BriefingLoader().loadEmbedded();
    private final ReaderViewModel viewModel = new ReaderViewModel(SUMMIT);

    @Test
    void startsOnTheFirstPanel() {
        assertThat(viewModel.getSelectedPanel().id()).isEqualTo("overview");
        assertThat(viewModel.positionProperty().get()).isEqualTo("1 of 5");
        assertThat(viewModel.canGoPreviousProperty().get()).isFalse();
        assertThat(viewModel.canGoNextProperty().get()).isTrue();
    }

    @Test
    void nextMovesOnAndUpdatesEverythingThatNamesThePanel() {
        viewModel.next();

        assertThat(viewModel.getSelectedPanel().id()).isEqualTo("trade");
        assertThat(viewModel.positionProperty().get()).isEqualTo("2 of 5");
        assertThat(viewModel.windowTitleProperty().get()).isEqualTo("Trade — South Korea–US Summit");
        assertThat(viewModel.statusTextProperty().get()).isEqualTo("Panel 2 of 5 · Trade");
        assertThat(viewModel.canGoPreviousProperty().get()).isTrue();
    }

    @Test
    void firstAndLastGoToEitherEnd() {
        viewModel.select(2);

        viewModel.last();
        assertThat(viewModel.getSelectedPanel().id()).isEqualTo("alliance-outlook");
        assertThat(viewModel.canGoNextProperty().get()).isFalse();

        viewModel.first();
        assertThat(viewModel.getSelectedPanel().id()).isEqualTo("overview");
        assertThat(viewModel.canGoPreviousProperty().get()).isFalse();
    }

    @Test
    void nextStopsAtTheLastPanel() {
        viewModel.select("alliance-outlook");

        viewModel.next();

        assertThat(viewModel.selectedIndexProperty().get()).isEqualTo(4);
        assertThat(viewModel.canGoNextProperty().get()).isFalse();
        assertThat(viewModel.windowTitleProperty().get()).startsWith("Alliance outlook — ");
    }

    @Test
    void previousStopsAtTheFirstPanel() {
        viewModel.previous();

        assertThat(viewModel.selectedIndexProperty().get()).isZero();
    }

    @Test
    void selectingOutsideTheBriefingChangesNothing() {
        viewModel.select(2);

        assertThat(viewModel.select(9)).isFalse();
        assertThat(viewModel.select("no-such-panel")).isFalse();
        assertThat(viewModel.getSelectedPanel().id()).isEqualTo("defense");
    }

    @Test
    void handlingMarkingComesFromTheBriefing() {
        assertThat(viewModel.handlingMarkingProperty().get()).isEqualTo(SUMMIT.metadata().handling());
    }

    @Test
    void panelListIsReadOnly() {
        assertThat(viewModel.getPanels()).hasSize(5);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> viewModel.getPanels().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void reloadingStaysOnTheSamePanelEvenWhenItMoved() {
        viewModel.select("defense");
        Briefing reordered = new Briefing(SUMMIT.formatVersion(), SUMMIT.metadata(), SUMMIT.sources(),
                java.util.List.of(SUMMIT.panels().get(2), SUMMIT.panels().get(0)));

        viewModel.reload(reordered);

        assertThat(viewModel.getSelectedPanel().id()).isEqualTo("defense");
        assertThat(viewModel.positionProperty().get()).isEqualTo("1 of 2");
    }

    @Test
    void reloadingWithoutTheShownPanelStaysNearWhereTheReaderWas() {
        viewModel.select(4);
        Briefing shorter = new Briefing(SUMMIT.formatVersion(), SUMMIT.metadata(), SUMMIT.sources(),
                SUMMIT.panels().subList(0, 3));

        viewModel.reload(shorter);

        assertThat(viewModel.getSelectedPanel().id()).isEqualTo("defense");
    }

    @Test
    void openingAnotherBriefingStartsAtItsFirstPanel() {
        viewModel.select(3);
        Briefing shorter = new Briefing(SUMMIT.formatVersion(), SUMMIT.metadata(), SUMMIT.sources(),
                SUMMIT.panels().subList(1, 3));

        viewModel.open(shorter);

        assertThat(viewModel.getSelectedPanel().id()).isEqualTo("trade");
        assertThat(viewModel.positionProperty().get()).isEqualTo("1 of 2");
    }

    @Test
    void returningToAPanelOfTheBriefingShownGoesThereAtOnce() {
        viewModel.returnTo("korea-us-summit", "defense");

        assertThat(viewModel.getSelectedPanel().id()).isEqualTo("defense");
    }

    @Test
    void returningToAnotherBriefingWaitsForItToOpenButOnlyOnce() throws Exception {
        Briefing minimal = new BriefingLoader().load(java.nio.file.Path.of("docs", "examples", "minimal"));
        viewModel.returnTo("minimal-example", "tariff");
        assertThat(viewModel.getSelectedPanel().id()).isEqualTo("overview");

        viewModel.open(minimal);
        assertThat(viewModel.getSelectedPanel().id()).isEqualTo("tariff");

        viewModel.open(SUMMIT);
        viewModel.open(minimal);
        assertThat(viewModel.getSelectedPanel().id()).isEqualTo("meeting");
    }
}
