package org.briefingviewer.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.Panel;
import org.briefingviewer.presenter.PresentationViewModel.Place;
import org.briefingviewer.presenter.PresentationViewModel.Screen;
import org.briefingviewer.reader.ReaderViewModel;
import org.briefingviewer.slides.Step;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The presentation's navigation on the summit briefing, without the toolkit. */
class PresentationViewModelTest {

    /** Overview's agenda reveals 4 items; Trade, Defense have no step-by-step list; Industries reveals 3. */
    private static final int OVERVIEW_STEPS = 5;

    private PresentationViewModel model;

    @BeforeEach
    void start() {
        model = new PresentationViewModel(new ReaderViewModel(new BriefingLoader().loadEmbedded()));
        model.start(false);
    }

    @Test
    void nextWalksTheStepsOfAListBeforeChangingPanel() {
        assertThat(model.stepsOf(0)).hasSize(OVERVIEW_STEPS);
        assertThat(model.currentStep().revealed()).isZero();
        assertThat(model.positionTextProperty().get()).isEqualTo("Panel 1 of 5 · step 1 of 5");

        model.next();
        model.next();
        assertThat(model.placeProperty().get()).isEqualTo(new Place(0, 2));
        assertThat(model.currentStep().revealed()).isEqualTo(2);
        assertThat(model.positionTextProperty().get()).isEqualTo("Panel 1 of 5 · step 3 of 5");

        model.next();
        model.next();
        assertThat(model.nextPlace()).contains(new Place(1, 0));
        model.next();
        assertThat(model.getReader().getSelectedPanel().id()).isEqualTo("trade");
        assertThat(model.positionTextProperty().get()).as("no step count for a panel of one step")
                .isEqualTo("Panel 2 of 5");
    }

    @Test
    void previousReturnsToThePreviousPanelAtItsLastStep() {
        model.typeDigit(2);
        model.enter();
        model.previous();

        assertThat(model.placeProperty().get()).isEqualTo(new Place(0, OVERVIEW_STEPS - 1));
        assertThat(model.currentStep().revealed()).isEqualTo(4);
        model.previous();
        assertThat(model.placeProperty().get()).isEqualTo(new Place(0, OVERVIEW_STEPS - 2));
    }

    @Test
    void endShowsTheLastPanelWhole() {
        int lastStep = model.stepsOf(4).size() - 1;
        assertThat(lastStep).as("the last panel has steps").isPositive();

        model.last();
        assertThat(model.placeProperty().get()).isEqualTo(new Place(4, lastStep));
        model.first();
        model.typeDigit(5);
        model.enter();
        model.last();
        assertThat(model.placeProperty().get()).as("End on the last panel's first step").isEqualTo(new Place(4, lastStep));
    }

    @Test
    void jumpsStartAPanelAtItsFirstStep() {
        model.next();
        model.first();
        assertThat(model.placeProperty().get()).isEqualTo(new Place(0, 0));

        model.typeDigit(5);
        model.enter();
        assertThat(model.placeProperty().get()).isEqualTo(new Place(4, 0));
        model.next();
        model.next();
        model.openOverview();
        model.pickOverviewChoice();
        assertThat(model.placeProperty().get()).as("picking the panel shown starts it again")
                .isEqualTo(new Place(4, 0));

        model.typeDigit(9);
        model.enter();
        assertThat(model.placeProperty().get()).as("no panel 9").isEqualTo(new Place(4, 0));
    }

    @Test
    void aBlankScreenIsRevealedByTheNextKeyWithoutMoving() {
        model.blank(Screen.BLACK);
        model.next();
        assertThat(model.screenProperty().get()).isEqualTo(Screen.PANEL);
        assertThat(model.placeProperty().get()).isEqualTo(new Place(0, 0));

        model.blank(Screen.WHITE);
        model.blank(Screen.WHITE);
        assertThat(model.screenProperty().get()).isEqualTo(Screen.PANEL);
    }

    @Test
    void aPanelSplitIntoPagesWalksEachPagesSteps() {
        model.setPanelPages(panel -> panel.id().equals("overview") ? List.of(0, 2) : List.of(0));

        List<Step> steps = model.stepsOf(0);
        assertThat(steps).extracting(Step::page).containsExactly(0, 0, 0, 0, 0, 1);
        assertThat(steps.get(5)).isEqualTo(new Step(1, 2, 2, 5, 0));
        assertThat(model.stepsOf(1)).hasSize(1);
    }

    @Test
    void theLastStepHasNoNextPlace() {
        model.last();
        assertThat(model.nextPlace()).isEmpty();
        model.next();
        assertThat(model.placeProperty().get()).isEqualTo(new Place(4, 3));
    }

    @Test
    void aReloadedBriefingIsPlannedAfresh() {
        assertThat(model.stepsOf(1)).hasSize(1);
        Briefing briefing = model.getReader().getBriefing();
        List<Panel> panels = new ArrayList<>(briefing.panels());
        Panel overview = panels.get(0);
        Panel trade = panels.get(1);
        panels.set(1, new Panel(trade.id(), trade.title(), trade.icon(), trade.summary(), overview.blocks(),
                trade.speakerNotes()));
        model.getReader().reload(new Briefing(briefing.formatVersion(), briefing.metadata(), briefing.sources(),
                panels, briefing.images()));
        assertThat(model.stepsOf(1)).as("Trade now holds the agenda").hasSize(OVERVIEW_STEPS);
    }
}
