package org.briefingviewer.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.briefingviewer.appearance.Appearance;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.model.Block;
import org.briefingviewer.model.Panel;
import org.briefingviewer.model.Paragraph;
import org.briefingviewer.reader.ReaderViewModel;
import org.briefingviewer.slides.PageBreaks;
import org.briefingviewer.slides.SlideLayout;
import org.briefingviewer.slides.Step;
import org.briefingviewer.testing.Drawn;
import org.briefingviewer.testing.ReadingWindow;
import org.briefingviewer.ui.KeyRow;
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
        FxToolkit.setupStage(stage -> ReadingWindow.open(stage, 1280, 720, reader, new PresentFeature(presentation)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        WaitForAsyncUtils.asyncFx(presentation::stop);
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.cleanupStages();
    }

    @Test
    void f5PresentsFromTheStartAndEscapeReturnsToThePanelEndedOn(FxRobot robot) {
        robot.interact(() -> reader.select("trade"));

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(presentation.presentingProperty().get()).isTrue();
        assertThat(audienceTitle(robot)).isEqualTo("Overview");

        robot.type(KeyCode.PAGE_DOWN).type(KeyCode.SPACE).type(KeyCode.RIGHT);
        assertThat(audienceTitle(robot)).as("the agenda reveals an item per key").isEqualTo("Overview");
        assertThat(revealedItems(robot)).isEqualTo(3);
        robot.type(KeyCode.DOWN);
        assertThat(revealedItems(robot)).as("the whole agenda").isEqualTo(4);
        for (int step = 4; step < presentation.stepsOf(0).size() - 1; step++) {
            robot.type(KeyCode.N);
        }
        robot.type(KeyCode.ENTER);
        assertThat(audienceTitle(robot)).isEqualTo("Trade");
        robot.type(KeyCode.END);
        assertThat(audienceTitle(robot)).isEqualTo("Alliance outlook");
        assertThat(presentation.nextPlace()).as("End shows the last panel whole").isEmpty();
        robot.type(KeyCode.DIGIT5).type(KeyCode.ENTER);
        assertThat(revealedItems(robot)).isZero();
        robot.type(KeyCode.PAGE_UP);
        assertThat(audienceTitle(robot)).isEqualTo("Industries");
        assertThat(presentation.placeProperty().get().step()).as("back to a panel at its last step")
                .isEqualTo(presentation.stepsOf(3).size() - 1);
        robot.type(KeyCode.PAGE_UP);
        assertThat(revealedItems(robot)).as("the list's page, every item shown").isEqualTo(3);
        robot.type(KeyCode.BACK_SPACE).type(KeyCode.UP).type(KeyCode.LEFT).type(KeyCode.P);
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
    void theHeadersPresentButtonPresentsFromTheStart(FxRobot robot) {
        robot.interact(() -> reader.select("defense"));

        robot.clickOn("#present-button");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(audienceTitle(robot)).isEqualTo("Overview");
        assertThat(robot.lookup("#present-button").query().isDisabled()).as("one talk at a time").isTrue();
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
                .containsExactlyElementsOf(PresentationKeys.rows().stream().map(KeyRow::keys).toList());

        robot.type(KeyCode.F1);
        assertThat(robot.lookup(".key-help-overlay").query().isVisible()).isFalse();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aTypedQuestionMarkShowsTheKeysWhateverKeyTypedIt(FxRobot robot) {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        Node audience = robot.lookup(".audience").query();

        robot.interact(() -> Event.fireEvent(audience, new KeyEvent(KeyEvent.KEY_TYPED, "?", "",
                KeyCode.UNDEFINED, false, false, false, false)));

        assertThat(robot.lookup(".audience .key-help-overlay").query().isVisible()).isTrue();
        robot.type(KeyCode.F1);
        assertThat(robot.lookup(".audience .key-help-overlay").query().isVisible()).isFalse();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void f1InTheConsoleShowsTheKeysThereAndNotToTheRoom(FxRobot robot) {
        robot.type(KeyCode.F5).type(KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        Window console = robot.listWindows().stream()
                .filter(window -> window.getScene().getRoot().getStyleClass().contains("console")).findFirst()
                .orElseThrow();
        robot.targetWindow(console).clickOn(".console-position");

        robot.type(KeyCode.F1);
        assertThat(robot.lookup(".console .key-help-overlay").query().isVisible()).isTrue();
        assertThat(robot.lookup(".audience .key-help-overlay").query().isVisible()).isFalse();

        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup(".console .key-help-overlay").query().isVisible()).isFalse();
        assertThat(presentation.presentingProperty().get()).as("Esc closed only the help").isTrue();
        robot.type(KeyCode.ESCAPE);
        assertThat(presentation.presentingProperty().get()).isFalse();
    }

    @Test
    void overviewPicksAPanelWithArrowsAndEnter(FxRobot robot) {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();

        robot.type(KeyCode.O);
        assertThat(robot.lookup(".overview").query().isVisible()).isTrue();
        List<javafx.scene.Node> tiles = new ArrayList<>(robot.lookup(".overview-tile").queryAll());
        assertThat(tiles).hasSize(5);
        for (javafx.scene.Node tile : tiles) {
            javafx.scene.layout.Region thumbnail = (javafx.scene.layout.Region) tile.lookup(".audience-slide")
                    .getParent();
            assertThat(thumbnail.getHeight()).as("a thumbnail big enough to recognise").isGreaterThan(100);
        }
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
    void theRoomSeesOneSlideTheStepNextLeadsTo(FxRobot robot) {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(revealedItems(robot)).isZero();

        robot.type(KeyCode.PAGE_DOWN);

        assertThat(audienceSlides(robot)).hasSize(1).allMatch(Drawn::isDrawn);
        assertThat(revealedItems(robot)).as("the agenda's first item").isEqualTo(1);
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theConsolesPreviewShowsTheStepAfterTheOneShown(FxRobot robot) {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        Slide before = upcomingSlides(robot).get(0);

        robot.type(KeyCode.PAGE_DOWN);

        assertThat(upcomingSlides(robot)).hasSize(1).doesNotContain(before).allMatch(Drawn::isDrawn);
        robot.type(KeyCode.ESCAPE);
    }

    private static List<Slide> upcomingSlides(FxRobot robot) {
        Node upcoming = List.copyOf(robot.lookup(".console-preview").<Node>queryAll()).get(1);
        return List.copyOf(robot.from(upcoming).lookup(".audience-slide").queryAllAs(Slide.class));
    }

    private static List<Slide> audienceSlides(FxRobot robot) {
        return List.copyOf(robot.lookup("#audience-stage .audience-slide").queryAllAs(Slide.class));
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
        assertThat(robot.lookup(".console-position").queryAs(Label.class).getText())
                .isEqualTo("Panel 1 of 5 · step 1 of " + presentation.stepsOf(0).size() + " · Overview");
        assertThat(robot.lookup(".console-heading").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Next: the next list item");
        assertThat(previewRevealedItems(robot)).as("now and next, at their steps").containsExactly(0L, 1L);
        assertThat(robot.lookup(".console-timer").queryAs(Label.class).getText()).matches("\\d\\d:\\d\\d.*");
        assertThat(robot.lookup(".audience .label").queryAllAs(Label.class)).extracting(Label::getText)
                .noneMatch(text -> text.contains(firstNote));

        robot.interact(() -> presentation.getReader().select(1));
        assertThat(robot.lookup(".console-position").queryAs(Label.class).getText())
                .startsWith("Panel 2 of 5 · ").endsWith(" · Trade");
        robot.interact(() -> {
            presentation.typeDigit(5);
            presentation.enter();
            presentation.previous();
        });
        assertThat(robot.lookup(".console-heading").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Next: Alliance outlook (1/2)");
        assertThat(robot.lookup(".console-preview .panel-title").match(Drawn::isDrawn).queryAllAs(Label.class))
                .extracting(Label::getText)
                .containsExactly("Industries (2/2)", "Alliance outlook (1/2)");

        robot.interact(() -> presentation.getReader().select(1));
        assertThat(robot.lookup(".console-heading").queryAllAs(Label.class)).extracting(Label::getText)
                .as("a page of the same panel is named, not called a step").contains("Next: Trade (2/2)");

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
    void aFinishedTalkLeavesNothingBehindThatFollowsTheReader(FxRobot robot) {
        for (int talk = 0; talk < 2; talk++) {
            robot.type(KeyCode.F5).type(KeyCode.S).type(KeyCode.RIGHT);
            robot.type(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
        }
        int[] measured = {0};
        robot.interact(() -> presentation.setPanelPages(panel -> {
            measured[0]++;
            return List.of(0);
        }));
        measured[0] = 0;

        robot.interact(() -> reader.select(3));
        robot.interact(() -> reader.select(1));

        assertThat(measured[0]).as("panels laid out as slides while reading").isZero();
        assertThat(presentation.positionTextProperty().get()).isEmpty();
    }

    @Test
    void everyStepFitsOnTheStageInLargeType(FxRobot robot) {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        do {
            Slide slide = robot.lookup("#audience-stage .audience-slide").match(Drawn::isDrawn).queryAs(Slide.class);
            javafx.scene.Node page = slide.page();
            double bottom = slide.sceneToLocal(page.localToScene(page.getBoundsInLocal())).getMaxY();
            assertThat(bottom).as("%s ends inside the 16:9 stage", presentation.placeProperty().get())
                    .isLessThanOrEqualTo(Slide.HEIGHT + 0.5);
            assertThat(slide.scale()).as("%s is not shrunk small", presentation.placeProperty().get())
                    .isGreaterThanOrEqualTo(PageBreaks.SMALLEST_SCALE);
            robot.type(KeyCode.RIGHT);
        } while (presentation.nextPlace().isPresent());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aPanelTooLongForTheStageIsSplitIntoPagesThatFit(FxRobot robot) throws Exception {
        Panel longPanel = longPanel();
        List<Integer> starts = WaitForAsyncUtils.asyncFx(() -> new SlideLayout(reader.getBriefing()).pageStarts(longPanel)).get();

        assertThat(starts).hasSizeGreaterThan(2).startsWith(0).isSorted();
        for (Step step : Step.plan(longPanel, starts)) {
            double scale = WaitForAsyncUtils.asyncFx(
                    () -> laidOut(new Slide(reader.getBriefing(), longPanel, step, Slide.Viewer.ROOM))).get();
            assertThat(scale).as("page %d", step.page()).isGreaterThanOrEqualTo(PageBreaks.SMALLEST_SCALE);
        }
    }

    @Test
    void aLongPanelsPagesSayWhichPageTheyAreWithTheTitleInOnePlace(FxRobot robot) throws Exception {
        Panel longPanel = longPanel();
        List<Integer> starts = WaitForAsyncUtils.asyncFx(() -> new SlideLayout(reader.getBriefing()).pageStarts(longPanel)).get();
        List<Step> steps = Step.plan(longPanel, starts);
        List<String> titles = new ArrayList<>();
        List<javafx.geometry.Bounds> places = new ArrayList<>();
        for (Step step : List.of(steps.get(0), steps.get(steps.size() - 1))) {
            WaitForAsyncUtils.asyncFx(() -> {
                Slide slide = new Slide(reader.getBriefing(), longPanel, step, Slide.Viewer.ROOM);
                laidOut(slide);
                Label title = (Label) slide.lookup(".panel-title");
                titles.add(title.getText());
                places.add(title.getBoundsInParent());
            }).get();
        }

        assertThat(titles).containsExactly("A long panel (1/" + starts.size() + ")",
                "A long panel (" + starts.size() + "/" + starts.size() + ")");
        assertThat(places.get(1).getMinX()).isEqualTo(places.get(0).getMinX());
        assertThat(places.get(1).getMinY()).isEqualTo(places.get(0).getMinY());
        assertThat(places.get(1).getHeight()).isEqualTo(places.get(0).getHeight());
    }

    @Test
    void theRoomSeesNoCitationMarksWhileTheConsoleDoes(FxRobot robot) {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#audience-stage .citation").<Node>queryAll()).noneMatch(Drawn::isDrawn);
        Node nowShown = List.copyOf(robot.lookup(".console-preview").<Node>queryAll()).get(0);
        assertThat(robot.from(nowShown).lookup(".citation").<Node>queryAll()).anyMatch(Drawn::isDrawn);
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void whatFollowsAListStillRevealingStaysHiddenInItsPlace(FxRobot robot) {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        Node card = robot.lookup("#audience-stage .key-figure").query();
        javafx.geometry.Bounds before = card.localToScene(card.getBoundsInLocal());
        assertThat(Drawn.isDrawn(card)).as("the figure after the agenda, before its first item").isFalse();

        for (int item = 0; item < 4; item++) {
            robot.type(KeyCode.RIGHT);
        }
        card = robot.lookup("#audience-stage .key-figure").query();
        assertThat(revealedItems(robot)).isEqualTo(4);
        assertThat(Drawn.isDrawn(card)).as("once the whole agenda is shown").isTrue();
        assertThat(card.localToScene(card.getBoundsInLocal())).isEqualTo(before);
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aClickStepsOnAsTheNextKeyDoes(FxRobot robot) {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#audience-stage");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(presentation.placeProperty().get().step()).isEqualTo(1);
        assertThat(revealedItems(robot)).isEqualTo(1);
        robot.type(KeyCode.ESCAPE);
    }

    private Panel longPanel() {
        Panel overview = reader.getPanels().get(0);
        List<Block> blocks = new ArrayList<>();
        for (int copy = 0; copy < 6; copy++) {
            for (Block block : overview.blocks()) {
                blocks.add(block instanceof Paragraph paragraph
                        ? new Paragraph(paragraph.id() + "-" + copy, paragraph.cites(), paragraph.text()) : block);
            }
        }
        return new Panel("long", "A long panel", overview.icon(), overview.summary(), blocks, List.of());
    }

    private static double laidOut(Slide slide) {
        javafx.scene.Group group = new javafx.scene.Group(slide);
        Appearance.style(new javafx.scene.Scene(group));
        group.applyCss();
        group.layout();
        return slide.scale();
    }

    private static long revealedItems(FxRobot robot) {
        return robot.lookup("#audience-stage .bullet-row").queryAll().stream().filter(Drawn::isDrawn).count();
    }

    private static List<Long> previewRevealedItems(FxRobot robot) {
        return robot.lookup(".console-preview").queryAll().stream().map(preview -> preview.lookupAll(".bullet-row")
                .stream().filter(Drawn::isDrawn).count()).toList();
    }

    /** The title of the panel the room sees, without the page of it ("Trade", not "Trade (1/2)"). */
    private static String audienceTitle(FxRobot robot) {
        return robot.lookup("#audience-stage .panel-title").match(Drawn::isDrawn).queryAs(Label.class).getText()
                .replaceFirst(" \\(\\d+/\\d+\\)$", "");
    }
}
