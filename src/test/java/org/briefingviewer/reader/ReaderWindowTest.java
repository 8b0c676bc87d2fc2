package org.briefingviewer.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.model.Panel;
import org.briefingviewer.shell.Shell;
import org.briefingviewer.testing.Drawn;
import org.briefingviewer.testing.ManyPanels;
import org.briefingviewer.testing.ReadingWindow;
import org.briefingviewer.ui.Styles;
import org.briefingviewer.ui.TextRange;
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
    private Shell shell;

    @BeforeEach
    void openWindow() throws TimeoutException {
        viewModel = new ReaderViewModel(new BriefingLoader().loadEmbedded());
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(window -> shell = ReadingWindow.open(window, 1280, 720, viewModel));
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
    void citationMarksSitOnTheBaselineOfTheTextTheyCite(FxRobot robot) {
        Node paragraph = robot.lookup("." + Styles.PARAGRAPH).query();
        Node mark = robot.from(paragraph.getParent()).lookup("." + Styles.CITATION).query();

        double textBaseline = paragraph.localToScene(0, paragraph.getBaselineOffset()).getY();
        double markBaseline = mark.localToScene(0, mark.getBaselineOffset()).getY();

        assertThat(markBaseline).isCloseTo(textBaseline, offset(1.0));
    }

    @Test
    void theTimelinesLineJoinsItsFirstDotToItsLast(FxRobot robot) {
        Node line = robot.lookup("." + Styles.TIMELINE_LINE).query();
        List<javafx.geometry.Bounds> dots = robot.lookup("." + Styles.TIMELINE_DOT).queryAll().stream()
                .map(dot -> dot.localToScene(dot.getBoundsInLocal())).toList();
        javafx.geometry.Bounds drawn = line.localToScene(line.getBoundsInLocal());

        assertThat(dots).hasSize(3);
        assertThat(drawn.getMinY()).isCloseTo(dots.get(0).getCenterY(), offset(1.5));
        assertThat(drawn.getMaxY()).isCloseTo(dots.get(2).getCenterY(), offset(1.5));
        assertThat(drawn.getCenterX()).isCloseTo(dots.get(0).getCenterX(), offset(1.5));
    }

    @Test
    void theSidebarScrollsOnlyAsFarAsTheSelectedEntry(FxRobot robot) throws Exception {
        robot.interact(() -> viewModel.reload(ManyPanels.briefing(200)));
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
    void altEndAndAltHomeGoToTheLastAndFirstPanel(FxRobot robot) {
        robot.press(KeyCode.ALT, KeyCode.END).release(KeyCode.END, KeyCode.ALT);
        assertThat(viewModel.getSelectedPanel().id()).isEqualTo("alliance-outlook");

        robot.press(KeyCode.ALT, KeyCode.HOME).release(KeyCode.HOME, KeyCode.ALT);
        assertThat(viewModel.getSelectedPanel().id()).isEqualTo("overview");
    }

    @Test
    void draggingTheDividerSetsTheSidebarWidthThatResizingTheWindowKeeps(FxRobot robot) {
        Region sidebar = robot.lookup("." + Styles.SIDEBAR_PANE).query();
        double before = sidebar.getWidth();

        robot.drag(".split-pane-divider").moveBy(80, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.setWidth(1500));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(sidebar.getWidth()).isCloseTo(before + 80, offset(3.0));
        assertThat(shell.sidebarWidthProperty().get()).isCloseTo(before + 80, offset(3.0));
    }

    @Test
    void ctrlBHidesTheSidebarAndBringsItBackAtItsWidth(FxRobot robot) {
        Node list = robot.lookup("." + Styles.SIDEBAR).query();
        Region sidebar = robot.lookup("." + Styles.SIDEBAR_PANE).query();
        double width = sidebar.getWidth();
        assertThat(width).isGreaterThan(100);

        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getScene()).as("hidden").isNull();

        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getScene()).isNotNull();
        assertThat(sidebar.getWidth()).isCloseTo(width, offset(2.0));
    }

    @Test
    void f11SwitchesFullScreenOnAndOff(FxRobot robot) {
        robot.press(KeyCode.F11).release(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isFullScreen()).isTrue();

        robot.press(KeyCode.F11).release(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isFullScreen()).isFalse();
    }

    @Test
    void theListTakesTheKeyboardWhenTheWindowOpensAndWhatIsAddedBelowItFollowsIt() throws Exception {
        Label overlay = new Label("below the list");
        Shell opened = WaitForAsyncUtils.asyncFx(() -> ReadingWindow.open(new Stage(), 1000, 700, viewModel,
                shell -> shell.addBelowSidebar(overlay))).get();
        WaitForAsyncUtils.waitForFxEvents();

        Node list = opened.root().lookup("." + Styles.SIDEBAR);
        assertThat(list.isFocused()).isTrue();
        assertThat(list.getParent().getChildrenUnmodifiable()).containsExactly(list, overlay);
        assertThat(((Button) opened.root().lookup("#next-panel")).getTooltip().getText())
                .isEqualTo("Next panel (Ctrl+Page Down, Alt+→)");
    }

    @Test
    void listEntriesAreOneLineOfTheirTextTallAtAnySize(FxRobot robot) {
        ListView<Panel> sidebar = robot.lookup("." + Styles.SIDEBAR).queryListView();
        double normal = sidebar.getFixedCellSize();
        assertThat(normal).isGreaterThan(20);

        robot.interact(() -> {
            shell.root().setStyle("-fx-font-size: 28px");
            shell.root().applyCss();
            shell.root().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();

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

        robot.interact(() -> viewModel.reload(ManyPanels.briefing(3)));

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
    void aMatchAlreadyInViewIsMarkedWhereItIsAndOneOutOfViewIsScrolledTo(FxRobot robot) {
        ReadingArea area = robot.lookup("." + Styles.READING_AREA).queryAs(ReadingArea.class);
        robot.interact(() -> {
            viewModel.select(longestPanel());
            area.setScrollPosition(0.5);
        });
        double scrolled = area.getScrollPosition();
        assertThat(scrolled).as("the panel scrolls at 1280×720").isGreaterThan(0);

        Label inView = blockLabels(area).stream().filter(label -> inView(area, label)).findFirst().orElseThrow();
        robot.interact(() -> area.showMatches(wholeTextOf(inView), area.blockOf(inView)));
        assertThat(area.getScrollPosition()).as("the match was on screen").isEqualTo(scrolled);

        Label outOfView = blockLabels(area).stream().filter(label -> !inView(area, label)).findFirst().orElseThrow();
        robot.interact(() -> area.showMatches(wholeTextOf(outOfView), area.blockOf(outOfView)));
        assertThat(area.getScrollPosition()).isNotEqualTo(scrolled);
        assertThat(inView(area, outOfView)).as("scrolled to the match").isTrue();
    }

    private int longestPanel() {
        List<Panel> panels = viewModel.getPanels();
        Panel longest = panels.stream().max(Comparator.comparingInt(panel -> panel.blocks().size()))
                .orElseThrow();
        return panels.indexOf(longest);
    }

    private static List<Label> blockLabels(ReadingArea area) {
        return area.page().labels().stream()
                .filter(label -> area.blockOf(label) != null && !label.getText().isBlank()).toList();
    }

    private static Function<String, List<TextRange>> wholeTextOf(Label label) {
        return text -> text.equals(label.getText())
                ? List.of(new TextRange(0, text.length())) : List.of();
    }

    private static boolean inView(ReadingArea area, Node node) {
        Node viewport = area.lookup(".viewport");
        return viewport.localToScene(viewport.getLayoutBounds()).contains(node.localToScene(node.getLayoutBounds()));
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
