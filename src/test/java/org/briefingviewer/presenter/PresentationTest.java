package org.briefingviewer.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.presenter.PresentationViewModel.Screen;
import org.briefingviewer.reader.ReaderView;
import org.briefingviewer.reader.ReaderViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PresentationTest {

    private ReaderViewModel reader;
    private PresentationViewModel presentation;

    @BeforeEach
    void openWindow() throws TimeoutException {
        reader = new ReaderViewModel(new BriefingLoader().loadEmbedded());
        presentation = new PresentationViewModel(reader);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> PresentFeature.install(ReaderView.show(stage, reader, 1280, 720),
                presentation));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void viewModelWalksPanelsJumpsAndBlanksWithoutTheToolkit() {
        PresentationViewModel model = new PresentationViewModel(new ReaderViewModel(new BriefingLoader().loadEmbedded()));
        model.start(false);
        model.next();
        model.next();
        assertThat(model.getReader().getSelectedPanel().id()).isEqualTo("defense");

        model.typeDigit(5);
        model.enter();
        assertThat(model.getReader().getSelectedPanel().id()).isEqualTo("alliance-outlook");

        model.blank(Screen.BLACK);
        model.previous();
        assertThat(model.screenProperty().get()).isEqualTo(Screen.PANEL);
        assertThat(model.getReader().getSelectedPanel().id()).as("the key only reveals the panel")
                .isEqualTo("alliance-outlook");

        model.first();
        assertThat(model.getReader().getSelectedPanel().id()).isEqualTo("overview");
    }

    @Test
    void f5PresentsFromTheStartAndEscapeReturnsToThePanelEndedOn(FxRobot robot) {
        robot.interact(() -> reader.select("trade"));

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(presentation.presentingProperty().get()).isTrue();
        assertThat(audienceTitle(robot)).isEqualTo("Overview");

        robot.type(KeyCode.PAGE_DOWN).type(KeyCode.SPACE).type(KeyCode.RIGHT);
        assertThat(audienceTitle(robot)).isEqualTo("Industries");
        robot.type(KeyCode.PAGE_UP);
        assertThat(audienceTitle(robot)).isEqualTo("Defense");

        robot.type(KeyCode.B);
        assertThat(robot.lookup(".blank-black").query().isVisible()).isTrue();
        robot.type(KeyCode.N);
        assertThat(robot.lookup(".blank-black").query().isVisible()).isFalse();
        assertThat(audienceTitle(robot)).isEqualTo("Defense");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(presentation.presentingProperty().get()).isFalse();
        assertThat(Window.getWindows()).noneMatch(window -> window.getScene().getRoot().getStyleClass()
                .contains("audience"));
        assertThat(reader.getSelectedPanel().id()).isEqualTo("defense");
    }

    @Test
    void shiftF5PresentsFromTheCurrentPanelWithTheHandlingMarking(FxRobot robot) {
        robot.interact(() -> reader.select("industries"));

        robot.press(KeyCode.SHIFT, KeyCode.F5).release(KeyCode.F5, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(audienceTitle(robot)).isEqualTo("Industries");
        assertThat(robot.lookup(".audience .handling-marking").queryAs(Label.class).getText())
                .isEqualTo(reader.getBriefing().metadata().handling());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void f1ShowsTheKeysWhilePresenting(FxRobot robot) {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".key-help-overlay").query().isVisible()).isFalse();

        robot.type(KeyCode.F1);
        assertThat(robot.lookup(".key-help-overlay").query().isVisible()).isTrue();
        assertThat(robot.lookup(".key-help-overlay .key-names").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactlyElementsOf(org.briefingviewer.help.KeyReference.PRESENTING.stream()
                        .map(org.briefingviewer.help.KeyReference.Binding::keys).toList());

        robot.type(KeyCode.F1);
        assertThat(robot.lookup(".key-help-overlay").query().isVisible()).isFalse();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void overviewPicksAPanelWithArrowsAndEnter(FxRobot robot) {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();

        robot.type(KeyCode.O);
        assertThat(robot.lookup(".overview").query().isVisible()).isTrue();
        assertThat(robot.lookup(".overview-tile").queryAll()).hasSize(5);
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT).type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);

        assertThat(robot.lookup(".overview").query().isVisible()).isFalse();
        assertThat(audienceTitle(robot)).isEqualTo("Alliance outlook");

        robot.type(KeyCode.G).type(KeyCode.ESCAPE);
        assertThat(robot.lookup(".overview").query().isVisible()).isFalse();
        assertThat(presentation.presentingProperty().get()).as("Esc closes the overview, not the talk").isTrue();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void sShowsTheConsoleWithNotesThatTheAudienceNeverSees(FxRobot robot) {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();

        String firstNote = reader.getPanels().get(0).speakerNotes().get(0);
        assertThat(robot.lookup("#console-notes .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("• " + firstNote);
        assertThat(robot.lookup(".console-next").queryAs(Label.class).getText()).isEqualTo("Next: Trade");
        assertThat(robot.lookup(".console-timer").queryAs(Label.class).getText()).matches("\\d\\d:\\d\\d.*");
        assertThat(robot.lookup(".audience .label").queryAllAs(Label.class)).extracting(Label::getText)
                .noneMatch(text -> text.contains(firstNote));

        robot.interact(presentation::next);
        assertThat(robot.lookup(".console-position").queryAs(Label.class).getText()).startsWith("Panel 2 of 5");

        robot.interact(presentation::stop);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".console").tryQuery()).isEmpty();

        robot.type(KeyCode.F5);
        robot.type(KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".console").queryAll()).as("a second talk opens one console").hasSize(1);
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void everyPanelFitsOnTheStageWithoutBeingCutOff(FxRobot robot) {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        for (int panel = 0; panel < reader.getPanels().size(); panel++) {
            javafx.scene.Node panelView = robot.lookup(".audience-panel").query();
            javafx.scene.Node slide = robot.lookup(".audience-slide").query();
            double bottom = slide.sceneToLocal(panelView.localToScene(panelView.getBoundsInLocal())).getMaxY();
            assertThat(bottom).as("panel %d ends inside the 16:9 stage", panel + 1)
                    .isLessThanOrEqualTo(AudienceView.STAGE_HEIGHT + 0.5);
            robot.type(KeyCode.RIGHT);
        }
        robot.type(KeyCode.ESCAPE);
    }

    private static String audienceTitle(FxRobot robot) {
        return robot.lookup(".audience .panel-title").queryAs(Label.class).getText();
    }
}
