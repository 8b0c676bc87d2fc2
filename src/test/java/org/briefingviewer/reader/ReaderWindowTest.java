package org.briefingviewer.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.briefingviewer.benchmark.SyntheticBriefings;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.model.Panel;
import org.briefingviewer.testing.Drawn;
import org.briefingviewer.ui.NextFrame;
import org.briefingviewer.ui.Styles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.extension.ExtendWith;

/** Drives the real reading window, headless. */
@ExtendWith(ApplicationExtension.class)
class ReaderWindowTest {

    private ReaderViewModel viewModel;
    private Stage stage;
    private ReaderView view;

    @BeforeEach
    void openWindow() throws TimeoutException {
        viewModel = new ReaderViewModel(new BriefingLoader().loadEmbedded());
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(window -> view = ReaderView.show(window, viewModel, 1280, 720));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void clickingEachSidebarEntryShowsThatPanel(FxRobot robot) {
        ListView<Panel> sidebar = robot.lookup("." + Styles.SIDEBAR).queryListView();
        for (Panel panel : viewModel.getPanels()) {
            robot.clickOn(robot.lookup("." + Styles.SIDEBAR_CELL).match((Node cell) ->
                    panel.equals(((javafx.scene.control.ListCell<?>) cell).getItem())).queryAs(Node.class));

            assertThat(panelTitle(robot)).isEqualTo(panel.title());
            assertThat(stage.getTitle()).isEqualTo(panel.title() + " — South Korea–US Summit");
            assertThat(sidebar.getSelectionModel().getSelectedItem()).isEqualTo(panel);
        }
    }

    @Test
    void theSidebarScrollsOnlyAsFarAsTheSelectedEntry(FxRobot robot) throws Exception {
        robot.interact(() -> viewModel.reload(SyntheticBriefings.generate(200, 1)));
        VirtualFlow<?> flow = robot.lookup("." + Styles.SIDEBAR + " .virtual-flow").queryAs(VirtualFlow.class);

        robot.interact(() -> viewModel.select(150));
        waitUntilListShows(flow, 150);
        ShownEntries before = ShownEntries.of(flow);
        assertThat(before.first()).isLessThanOrEqualTo(150);
        assertThat(before.last()).isGreaterThanOrEqualTo(150);

        robot.interact(viewModel::next);
        waitUntilListShows(flow, 151);
        ShownEntries after = ShownEntries.of(flow);
        assertThat(after.last()).as("one entry further, not to the top").isBetween(151, before.last() + 1);
        assertThat(after.first()).isLessThan(151);
    }

    /** The list follows the panel shown a frame after it. */
    private static void waitUntilListShows(VirtualFlow<?> flow, int index) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            ShownEntries shown = ShownEntries.of(flow);
            return shown.first() <= index && shown.last() >= index;
        });
    }

    /** The indexes of the first and last entries the list shows, read on the JavaFX thread; -1 while it has none. */
    private record ShownEntries(int first, int last) {
        static ShownEntries of(VirtualFlow<?> flow) throws Exception {
            return WaitForAsyncUtils.asyncFx(() -> {
                IndexedCell<?> first = flow.getFirstVisibleCell();
                IndexedCell<?> last = flow.getLastVisibleCell();
                return first == null || last == null ? new ShownEntries(-1, -1)
                        : new ShownEntries(first.getIndex(), last.getIndex());
            }).get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aWindowShownBeforeItIsCompleteGetsItsListAndTooltipsWithoutMovingThePanel(FxRobot robot)
            throws Exception {
        Label overlay = new Label("over the list");
        ReaderView view = WaitForAsyncUtils.asyncFx(() -> {
            ReaderView staged = ReaderView.inWindow(new Stage(), viewModel, 1000, 700);
            staged.overlaySidebar(overlay);
            staged.showWindow();
            return staged;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        Node title = view.lookup("." + Styles.PANEL_TITLE);
        double titleX = title.localToScene(0, 0).getX();
        double columnWidth = view.getSidebarWidth();
        assertThat(view.lookup("." + Styles.SIDEBAR)).as("no list in the first frame").isNull();
        assertThat(columnWidth).as("the column keeps its width from the stylesheet").isGreaterThan(150);
        Button next = (Button) view.lookup("#next-panel");
        assertThat(next.getTooltip()).isNull();

        robot.interact(view::completeWindow);
        WaitForAsyncUtils.waitForFxEvents();

        Node list = view.lookup("." + Styles.SIDEBAR);
        assertThat(list.isFocused()).isTrue();
        assertThat(list.getParent().getChildrenUnmodifiable()).containsExactly(list, overlay);
        assertThat(view.getSidebarWidth()).isEqualTo(columnWidth);
        assertThat(title.localToScene(0, 0).getX()).isEqualTo(titleX);
        assertThat(next.getTooltip().getText()).isEqualTo("Next panel");
        robot.interact(() -> view.getScene().getWindow().hide());
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePanelAheadIsReadiedOutOfSightAndShownFromThere(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> panelViews(robot).size() == 2);
        PanelView trade = panelViews(robot).stream().filter(panel -> !panel.isVisible()).findFirst().orElseThrow();
        assertThat(titleOf(trade)).isEqualTo("Trade");
        assertThat(trade.getWidth()).as("laid out at the width of the panel shown").isGreaterThan(400);

        robot.interact(viewModel::next);

        assertThat(panelViews(robot).stream().filter(PanelView::isVisible)).containsExactly(trade);
        assertThat(panelTitle(robot)).isEqualTo("Trade");
        Region deck = (Region) trade.getParent();
        assertThat(deck.getHeight()).as("the reading area scrolls over the whole panel, no further")
                .isCloseTo(trade.getHeight() + deck.snappedTopInset() + deck.snappedBottomInset(),
                        offset(1.0));
        assertThat(trade.getHeight()).isCloseTo(trade.prefHeight(trade.getWidth()),
                offset(1.0));
        assertThat((List<Object>) deck.queryAccessibleAttribute(AccessibleAttribute.CHILDREN))
                .as("screen readers are told of the panel shown only").containsExactly(trade);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> panelViews(robot).size() == 3);
        assertThat(panelViews(robot)).extracting(ReaderWindowTest::titleOf)
                .containsExactlyInAnyOrder("Trade", "Overview", "Defense");
    }

    @Test
    void pagingBackReadiesThePanelBefore(FxRobot robot) throws TimeoutException {
        robot.interact(() -> viewModel.select(3));
        robot.interact(viewModel::previous);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> panelViews(robot).stream()
                .anyMatch(panel -> titleOf(panel).equals("Trade")));
        assertThat(panelViews(robot)).extracting(ReaderWindowTest::titleOf)
                .containsExactlyInAnyOrder("Defense", "Industries", "Trade");
    }

    @Test
    void aNewVersionOfTheBriefingIsNeverShownFromPanelsReadiedForTheOldOne(FxRobot robot) throws TimeoutException {
        robot.interact(() -> viewModel.reload(SyntheticBriefings.generate(4, 1)));
        robot.interact(() -> viewModel.select(1));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> panelViews(robot).size() == 3);
        var newVersion = SyntheticBriefings.generate(4, 2);
        assertThat(newVersion.panels().get(2).title()).isNotEqualTo(viewModel.getPanels().get(2).title());

        robot.interact(() -> viewModel.reload(newVersion));
        assertThat(panelTitle(robot)).isEqualTo(newVersion.panels().get(1).title());
        robot.interact(viewModel::next);

        assertThat(panelTitle(robot)).isEqualTo(newVersion.panels().get(2).title());
        assertThat(panelViews(robot).stream().filter(PanelView::isVisible)).hasSize(1);
    }

    @Test
    void aPanelJumpedToShowsTheBlocksThatFillTheWindowAndGetsTheRestAfterTheFrame(FxRobot robot)
            throws TimeoutException {
        robot.interact(() -> viewModel.reload(SyntheticBriefings.generate(40, 3)));
        Panel target = viewModel.getPanels().get(30);
        double width = shownView(robot).getWidth();
        ScrollPane readingArea = robot.lookup("." + Styles.READING_AREA).queryAs(ScrollPane.class);
        PanelView[] jumpedTo = new PanelView[1];
        int[] blocksInFirstFrame = new int[1];
        double[] heightInFirstFrame = new double[1];

        robot.interact(() -> {
            viewModel.select(30);
            jumpedTo[0] = shownView(robot);
            blocksInFirstFrame[0] = blockNodes(jumpedTo[0]);
            jumpedTo[0].applyCss();
            heightInFirstFrame[0] = jumpedTo[0].prefHeight(width);
        });

        assertThat(heightInFirstFrame[0]).as("the window is filled")
                .isGreaterThanOrEqualTo(readingArea.getViewportBounds().getHeight());
        assertThat(blocksInFirstFrame[0]).as("the blocks below the window wait").isLessThan(target.blocks().size());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> blockNodes(jumpedTo[0]) == target.blocks().size());
        assertThat(jumpedTo[0].isVisible()).isTrue();
    }

    @Test
    void aBlockNotAddedYetIsAddedWhenSearchRevealsIt(FxRobot robot) {
        robot.interact(() -> viewModel.reload(SyntheticBriefings.generate(40, 3)));
        Panel target = viewModel.getPanels().get(30);
        String lastBlock = target.blocks().get(target.blocks().size() - 1).id();
        Node[] revealed = new Node[1];

        robot.interact(() -> {
            viewModel.select(30);
            view.revealBlock(lastBlock);
            revealed[0] = robot.lookup("." + Styles.SEARCH_HIT).query();
        });

        assertThat(revealed[0].getProperties()).containsEntry(PanelView.BLOCK_ID, lastBlock);
        assertThat(view.getScrollPosition()).isGreaterThan(0);
    }

    private static PanelView shownView(FxRobot robot) {
        return panelViews(robot).stream().filter(PanelView::isVisible).findFirst().orElseThrow();
    }

    private static int blockNodes(PanelView panel) {
        return (int) panel.lookupAll("*").stream()
                .filter(node -> node.getProperties().containsKey(PanelView.BLOCK_ID)).count();
    }

    @Test
    void aMarkedBlockIsUnmarkedWhenTheReaderLeavesItsPanel(FxRobot robot) {
        String blockId = viewModel.getSelectedPanel().blocks().get(0).id();
        robot.interact(() -> view.revealBlock(blockId));
        assertThat(robot.lookup("." + Styles.SEARCH_HIT).queryAll()).hasSize(1);

        robot.interact(viewModel::next);
        robot.interact(viewModel::previous);

        assertThat(robot.lookup("." + Styles.SEARCH_HIT).queryAll()).isEmpty();
    }

    @Test
    void listEntriesAreOneLineOfTheirTextTallAtAnySize(FxRobot robot) throws InterruptedException {
        ListView<Panel> sidebar = robot.lookup("." + Styles.SIDEBAR).queryListView();
        double normal = sidebar.getFixedCellSize();
        assertThat(normal).isGreaterThan(20);

        CountDownLatch drawnAgain = new CountDownLatch(1);
        robot.interact(() -> {
            view.setStyle("-fx-font-size: 28px");
            NextFrame.then(view.getScene(), drawnAgain::countDown);
        });
        assertThat(drawnAgain.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(sidebar.getFixedCellSize()).isGreaterThan(normal + 12);
        assertThat(robot.lookup("." + Styles.SIDEBAR_CELL).queryAllAs(Labeled.class))
                .filteredOn(cell -> cell.getText() != null && Drawn.isDrawn(cell))
                .isNotEmpty()
                .allSatisfy(cell -> assertThat(cell.lookup(".text").getLayoutBounds().getHeight())
                        .isLessThanOrEqualTo(cell.getHeight() - cell.snappedTopInset() - cell.snappedBottomInset()));
    }

    private static List<PanelView> panelViews(FxRobot robot) {
        return List.copyOf(robot.lookup("." + Styles.PANEL).queryAllAs(PanelView.class));
    }

    private static String titleOf(PanelView panel) {
        return ((Label) panel.lookup("." + Styles.PANEL_TITLE)).getText();
    }

    @Test
    void theGoMenuListsThePanelsOfTheBriefingShown(FxRobot robot) {
        assertThat(goMenuLists(robot, "5  Alliance outlook")).isTrue();

        robot.interact(() -> viewModel.reload(SyntheticBriefings.generate(3, 1)));

        assertThat(goMenuLists(robot, "3  " + viewModel.getPanels().get(2).title())).isTrue();
        assertThat(goMenuLists(robot, "5  Alliance outlook")).isFalse();
    }

    private static boolean goMenuLists(FxRobot robot, String item) {
        robot.clickOn("Go");
        boolean listed = robot.lookup(item).tryQuery().isPresent();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        return listed;
    }

    @Test
    void nextButtonWalksToTheEndAndThenDisables(FxRobot robot) {
        for (int i = 1; i < viewModel.getPanels().size(); i++) {
            robot.clickOn("#next-panel");
        }

        assertThat(panelTitle(robot)).isEqualTo("Alliance outlook");
        assertThat(robot.lookup("#next-panel").queryButton().isDisabled()).isTrue();
        assertThat(statusText(robot)).isEqualTo("Panel 5 of 5 · Alliance outlook");
    }

    @Test
    void keyboardNavigatesBetweenPanels(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.CONTROL);
        assertThat(statusText(robot)).isEqualTo("Panel 2 of 5 · Trade");

        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        assertThat(statusText(robot)).isEqualTo("Panel 3 of 5 · Defense");

        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_UP).release(KeyCode.PAGE_UP, KeyCode.CONTROL);
        assertThat(statusText(robot)).isEqualTo("Panel 1 of 5 · Overview");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        assertThat(panelTitle(robot)).isEqualTo("Industries");
        assertThat(stage.getTitle()).startsWith("Industries — ");
    }

    @Test
    void handlingMarkingIsVisibleInHeaderAndStatusBar(FxRobot robot) {
        var markings = robot.lookup("." + Styles.HANDLING).queryAllAs(Label.class);

        assertThat(markings).hasSize(2).allSatisfy(marking -> {
            assertThat(marking.getText()).isEqualTo("UNCLASSIFIED · OPEN SOURCE");
            assertThat(marking.isVisible()).isTrue();
            assertThat(marking.getWidth()).isGreaterThan(marking.prefWidth(-1) - 1);
        });
    }

    @Test
    void panelShowsItsKeyFiguresAndCitations(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);

        var values = robot.lookup("." + Styles.FIGURE_VALUE).match(Drawn::isDrawn).queryAllAs(Label.class);
        assertThat(values).extracting(Label::getText).contains("15%", "$100 billion", "$350 billion");
        assertThat(robot.lookup("." + Styles.FIGURE_BEFORE).match(Drawn::isDrawn).queryAllAs(Label.class))
                .extracting(Label::getText).containsExactly("25%");
        assertThat(robot.lookup("." + Styles.CITATION).match(Drawn::isDrawn).queryAllAs(Labeled.class))
                .extracting(Labeled::getText).contains("p2", "p7");
    }

    @Test
    void enterOnACitationShowsTheSourceParagraph(FxRobot robot) {
        Labeled mark = robot.lookup("." + Styles.CITATION).queryAllAs(Labeled.class).iterator().next();
        robot.interact(mark::requestFocus);

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("." + Styles.SOURCE_TEXT).queryAs(Label.class).getText())
                .startsWith("The South Korea-US summit will take place in Washington");
    }

    @Test
    void noTextIsCutOffOnAnyPanel(FxRobot robot) {
        for (int index = 0; index < viewModel.getPanels().size(); index++) {
            int panel = index;
            robot.interact(() -> viewModel.select(panel));

            assertThat(robot.lookup(".label").queryAllAs(Labeled.class))
                    .as("labels on panel %s", viewModel.getSelectedPanel().id())
                    .allSatisfy(label -> assertThat(shownText(label)).isEqualTo(fullText(label)));
        }
    }

    private static String fullText(Labeled label) {
        return label.isMnemonicParsing() ? label.getText().replaceFirst("_", "") : label.getText();
    }

    private static String shownText(Labeled label) {
        return label.lookupAll(".text").stream()
                .filter(Text.class::isInstance).map(node -> ((Text) node).getText())
                .findFirst().orElse(label.getText() == null ? null : "");
    }

    private static String panelTitle(FxRobot robot) {
        return robot.lookup("." + Styles.PANEL_TITLE).queryAs(Label.class).getText();
    }

    private static String statusText(FxRobot robot) {
        return robot.lookup("#status-text").queryAs(Label.class).getText();
    }
}
