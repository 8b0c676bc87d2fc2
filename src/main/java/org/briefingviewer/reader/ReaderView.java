package org.briefingviewer.reader;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.LinkBlock;
import org.briefingviewer.model.Metadata;
import org.briefingviewer.model.Panel;
import org.briefingviewer.ui.AppIcons;
import org.briefingviewer.ui.Styles;
import org.briefingviewer.ui.Theme;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The reading window: header, panel sidebar, the selected panel, and a status bar. */
public final class ReaderView extends BorderPane {

    private static final int DIGIT_SHORTCUTS = 9;

    private final ReaderViewModel viewModel;
    private final ListView<Panel> sidebar = new ListView<>();
    private final ScrollPane readingArea = new ScrollPane();
    private final Map<KeyCombination, Runnable> shortcuts = new LinkedHashMap<>();
    private final VBox top = new VBox();
    private final Menu fileMenu = new Menu("_File");
    private final Menu editMenu = new Menu("_Edit");
    private final Menu viewMenu = new Menu("_View");
    private final Menu helpMenu = new Menu("_Help");
    private final HBox statusBar = new HBox();
    private final HBox headerTools = new HBox();
    private final VBox banners = new VBox();
    private Consumer<LinkBlock> linkHandler = link -> { };
    private final VBox aboveSidebar = new VBox();
    private final StackPane sidebarStack = new StackPane();
    private final VBox sidebarPane = new VBox();
    private final SplitPane split = new SplitPane();
    private final StackPane page = new StackPane();
    private PanelView shownView;
    private Node highlighted;

    public ReaderView(ReaderViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add(Styles.APP);
        registerShortcuts();
        headerTools.getStyleClass().add(Styles.HEADER_TOOLS);
        headerTools.setAlignment(Pos.CENTER);
        top.getChildren().setAll(menuBar(), header());
        setTop(top);
        configureSidebar();
        VBox.setVgrow(sidebarStack, Priority.ALWAYS);
        aboveSidebar.getStyleClass().add(Styles.SIDEBAR_TOP);
        sidebarPane.getChildren().setAll(aboveSidebar, sidebarStack);
        sidebarPane.getStyleClass().add(Styles.SIDEBAR_PANE);
        VBox.setVgrow(readingArea, Priority.ALWAYS);
        split.getItems().setAll(sidebarPane, new VBox(banners, readingArea()));
        SplitPane.setResizableWithParent(sidebarPane, false);
        setCenter(split);
        setBottom(statusBar());
        viewModel.briefingProperty().addListener((obs, old, briefing) -> top.getChildren().set(1, header()));
    }

    /** Puts the reader into {@code stage}, styled, with its title bound to the panel shown, and shows it. */
    public static ReaderView show(Stage stage, ReaderViewModel viewModel, double width, double height) {
        ReaderView view = inWindow(stage, viewModel, width, height);
        view.showWindow();
        return view;
    }

    /** Puts the reader into {@code stage}, styled, without showing it, so that features can be added first. */
    public static ReaderView inWindow(Stage stage, ReaderViewModel viewModel, double width, double height) {
        Theme.useForControls(false);
        ReaderView view = new ReaderView(viewModel);
        Scene scene = new Scene(view, width, height);
        Theme.applyTo(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, view::handleShortcut);
        stage.titleProperty().bind(viewModel.windowTitleProperty());
        AppIcons.applyTo(stage);
        stage.setMinWidth(640);
        stage.setMinHeight(480);
        stage.setScene(scene);
        return view;
    }

    /** Shows the window this reader was put into, the panel list taking the keyboard. */
    public void showWindow() {
        ((Stage) getScene().getWindow()).show();
        placeDivider();
        sidebar.requestFocus();
    }

    private void registerShortcuts() {
        shortcuts.put(new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN), viewModel::next);
        shortcuts.put(new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN), viewModel::previous);
        shortcuts.put(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN), viewModel::next);
        shortcuts.put(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), viewModel::previous);
        for (int number = 1; number <= DIGIT_SHORTCUTS; number++) {
            int index = number - 1;
            shortcuts.put(digitShortcut(number), () -> viewModel.select(index));
        }
    }

    private static KeyCombination digitShortcut(int number) {
        return new KeyCodeCombination(KeyCode.valueOf("DIGIT" + number), KeyCombination.SHORTCUT_DOWN);
    }

    private void handleShortcut(KeyEvent event) {
        shortcuts.entrySet().stream()
                .filter(entry -> entry.getKey().match(event))
                .findFirst()
                .ifPresent(entry -> {
                    entry.getValue().run();
                    event.consume();
                });
    }

    private MenuBar menuBar() {
        MenuItem quit = new MenuItem("_Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(event -> Platform.exit());
        fileMenu.getItems().setAll(new SeparatorMenuItem(), quit);

        Menu go = new Menu("_Go");
        MenuItem previous = goItem("_Previous Panel", KeyCode.PAGE_UP, viewModel::previous);
        previous.disableProperty().bind(viewModel.canGoPreviousProperty().not());
        MenuItem next = goItem("_Next Panel", KeyCode.PAGE_DOWN, viewModel::next);
        next.disableProperty().bind(viewModel.canGoNextProperty().not());
        go.getItems().addAll(previous, next, new SeparatorMenuItem());
        listPanels(go);
        viewModel.getPanels().addListener((ListChangeListener<Panel>) change -> listPanels(go));
        return new MenuBar(fileMenu, editMenu, viewMenu, go, helpMenu);
    }

    private void listPanels(Menu go) {
        go.getItems().remove(3, go.getItems().size());
        for (int index = 0; index < viewModel.getPanels().size(); index++) {
            int chosen = index;
            MenuItem item = new MenuItem((index + 1) + "  " + viewModel.getPanels().get(index).title());
            item.setMnemonicParsing(false);
            if (index < DIGIT_SHORTCUTS) {
                item.setAccelerator(digitShortcut(index + 1));
            }
            item.setOnAction(event -> viewModel.select(chosen));
            go.getItems().add(item);
        }
    }

    private static MenuItem goItem(String text, KeyCode key, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN));
        item.setOnAction(event -> action.run());
        return item;
    }

    private Region header() {
        Briefing briefing = viewModel.getBriefing();
        Metadata metadata = briefing.metadata();
        Label title = BlockViews.wrapped(metadata.title(), Styles.BRIEFING_TITLE);
        VBox titles = new VBox(title);
        if (metadata.subtitle() != null) {
            titles.getChildren().add(BlockViews.wrapped(metadata.subtitle(), Styles.BRIEFING_SUBTITLE));
        }
        titles.getChildren().add(BlockViews.wrapped(metadata.asOf(), Styles.AS_OF));
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox header = new HBox(titles, headerTools, handlingMarking());
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(Styles.HEADER);
        return header;
    }

    private Label handlingMarking() {
        Label marking = new Label();
        marking.textProperty().bind(viewModel.handlingMarkingProperty());
        marking.getStyleClass().add(Styles.HANDLING);
        marking.setMinWidth(Region.USE_PREF_SIZE);
        return marking;
    }

    private void configureSidebar() {
        sidebar.getStyleClass().add(Styles.SIDEBAR);
        sidebar.setItems(viewModel.getPanels());
        sidebar.setCellFactory(list -> new PanelCell());
        sidebar.setAccessibleText("Panels");
        sidebar.getSelectionModel().select(viewModel.selectedIndexProperty().get());
        sidebar.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (index.intValue() >= 0) {
                viewModel.select(index.intValue());
            }
        });
        viewModel.selectedIndexProperty().addListener((obs, old, index) -> {
            sidebar.getSelectionModel().select(index.intValue());
            scrollSidebarTo(index.intValue());
        });
        sidebarStack.getChildren().add(sidebar);
    }

    /** Scrolls the panel list only as far as it takes to show entry {@code index}, as a file browser does. */
    private void scrollSidebarTo(int index) {
        if (sidebar.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(index);
        } else {
            sidebar.scrollTo(index);
        }
    }

    private Region readingArea() {
        readingArea.getStyleClass().add(Styles.READING_AREA);
        readingArea.setFitToWidth(true);
        readingArea.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        readingArea.setFocusTraversable(true);
        readingArea.setAccessibleText("Panel content");
        page.setAlignment(Pos.TOP_CENTER);
        readingArea.setContent(page);
        showPanel(null, viewModel.getSelectedPanel());
        viewModel.selectedPanelProperty().addListener((obs, old, panel) -> showPanel(old, panel));
        viewModel.briefingProperty().addListener((obs, old, briefing) -> {
            Panel shown = viewModel.getSelectedPanel();
            if (shown != null && briefing.panels().contains(shown)) {
                showPanel(shown, shown);
            }
        });
        return readingArea;
    }

    /** Shows {@code panel}; when it is the panel already shown (a reload), the reader keeps their place. */
    private void showPanel(Panel previous, Panel panel) {
        unmarkHighlighted();
        if (panel == null) {
            shownView = null;
            page.getChildren().clear();
            return;
        }
        boolean samePanel = previous != null && previous.id().equals(panel.id());
        double position = samePanel ? readingArea.getVvalue() : 0;
        shownView = new PanelView(viewModel.getBriefing(), panel, link -> linkHandler.accept(link));
        page.getChildren().setAll(shownView);
        if (samePanel) {
            readingArea.applyCss();
            readingArea.layout();
        }
        readingArea.setVvalue(position);
    }

    private void unmarkHighlighted() {
        if (highlighted != null) {
            highlighted.getStyleClass().remove(Styles.SEARCH_HIT);
            highlighted = null;
        }
    }

    /** Scrolls block {@code blockId} of the shown panel into view and marks it, until another is marked. */
    public void revealBlock(String blockId) {
        unmarkHighlighted();
        Node node = blockId == null || shownView == null ? null : shownView.nodeOf(blockId);
        if (node == null) {
            readingArea.setVvalue(0);
            return;
        }
        node.getStyleClass().add(Styles.SEARCH_HIT);
        highlighted = node;
        readingArea.applyCss();
        readingArea.layout();
        double contentHeight = page.getHeight();
        double viewport = readingArea.getViewportBounds().getHeight();
        double top = page.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
        readingArea.setVvalue(contentHeight <= viewport ? 0 : Math.min(1, Math.max(0, (top - 24) / (contentHeight - viewport))));
    }

    /** Where the reader has scrolled to in the panel, from 0 (top) to 1 (bottom). */
    public double getScrollPosition() {
        return readingArea.getVvalue();
    }

    public void setScrollPosition(double position) {
        readingArea.applyCss();
        readingArea.layout();
        readingArea.setVvalue(position);
    }

    /** The width of the panel list and search column, which the reader can drag. */
    public double getSidebarWidth() {
        return sidebarPane.getWidth();
    }

    /** Sets the column's width; call once the window is shown and laid out. */
    public void setSidebarWidth(double width) {
        double total = split.getWidth();
        if (total > 0 && width > 0) {
            split.setDividerPositions(Math.min(0.6, width / total));
        }
    }

    /** Puts the divider where the sidebar's preferred width ends, as the window first opens. */
    private void placeDivider() {
        split.applyCss();
        setSidebarWidth(sidebarPane.prefWidth(-1));
    }

    /** Adds a node above the panel list, such as the search field. */
    public void addAboveSidebar(Node node) {
        aboveSidebar.getChildren().add(node);
    }

    /** Lays a node over the panel list, such as search results; its owner decides when it is visible. */
    public void overlaySidebar(Node node) {
        sidebarStack.getChildren().add(node);
    }

    /** What happens when the reader activates a link in the content. */
    public void setLinkHandler(Consumer<LinkBlock> handler) {
        linkHandler = handler;
    }


    private Region statusBar() {
        Button previous = navigationButton("previous-panel", Feather.CHEVRON_LEFT, "Previous panel", viewModel::previous);
        previous.disableProperty().bind(viewModel.canGoPreviousProperty().not());
        Button next = navigationButton("next-panel", Feather.CHEVRON_RIGHT, "Next panel", viewModel::next);
        next.disableProperty().bind(viewModel.canGoNextProperty().not());

        Label status = new Label();
        status.textProperty().bind(viewModel.statusTextProperty());
        status.getStyleClass().add(Styles.STATUS_TEXT);
        status.setId("status-text");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        statusBar.getChildren().setAll(handlingMarking(), spacer, status, previous, next);
        statusBar.setAlignment(Pos.CENTER_LEFT);
        statusBar.getStyleClass().add(Styles.STATUS_BAR);
        return statusBar;
    }

    /** Adds items to the File menu, above Quit. */
    public void addFileMenuItems(MenuItem... items) {
        fileMenu.getItems().addAll(fileMenu.getItems().size() - 2, List.of(items));
    }

    /** Adds items to the Edit menu. */
    public void addEditMenuItems(MenuItem... items) {
        editMenu.getItems().addAll(items);
    }

    /** Adds items to the View menu. */
    public void addViewMenuItems(MenuItem... items) {
        viewMenu.getItems().addAll(items);
    }

    /** Adds items to the Help menu. */
    public void addHelpMenuItems(MenuItem... items) {
        helpMenu.getItems().addAll(items);
    }

    /** Adds buttons to the header, before the handling marking. */
    public void addHeaderNodes(Node... nodes) {
        headerTools.getChildren().addAll(nodes);
    }

    /** Adds nodes to the status bar, just after the handling marking. */
    public void addStatusNodes(Node... nodes) {
        statusBar.getChildren().addAll(1, List.of(nodes));
    }

    /** Shows a non-modal message above the panel; {@code null} removes it. */
    public void showBanner(Node banner) {
        banners.getChildren().setAll(banner == null ? List.of() : List.of(banner));
    }

    private Button navigationButton(String id, Feather icon, String description, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.setAccessibleText(description);
        button.setTooltip(new Tooltip(description));
        button.setOnAction(event -> action.run());
        button.getStyleClass().add(atlantafx.base.theme.Styles.BUTTON_ICON);
        return button;
    }
}
