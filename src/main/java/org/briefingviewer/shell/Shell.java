package org.briefingviewer.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.briefingviewer.ui.AppIcons;
import org.briefingviewer.ui.KeyRow;
import org.briefingviewer.ui.Styles;

/**
 * The reading window's frame: menus, header, sidebar column, content, side pane, banners and status bar. Features
 * fill it through this class's methods, never through its layout.
 */
public final class Shell {

    private static final double MIN_WIDTH = 640;
    private static final double MIN_HEIGHT = 480;
    private static final double MAX_SIDEBAR_SHARE = 0.6;
    /** The most of the window's width a side pane (the notes) takes, so the reading column keeps the rest. */
    private static final double MAX_SIDE_PANE_SHARE = 0.3;
    /** Below this window height, in the text's em, the header keeps to one line: 46 em is 644 px at 100 %. */
    private static final double COMPACT_HEADER_BELOW_EM = 46;
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");

    private record MenuEntries(int order, ObservableList<? extends MenuItem> items) {
    }

    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final Map<MenuName, Menu> menus = new EnumMap<>(MenuName.class);
    private final Map<MenuName, List<MenuEntries>> menuEntries = new EnumMap<>(MenuName.class);
    private final List<Action> keyed = new ArrayList<>();
    private final List<KeyRow> keyRows = new ArrayList<>();
    private final HBox header = new HBox();
    private final StackPane heading = new StackPane();
    private final HBox headerTools = new HBox();
    private final StackPane headerEnd = new StackPane();
    /** Unseen text whose font is the window's zoomed text size, for what depends on it. */
    private final Text emProbe = new Text();
    private final ReadOnlyBooleanWrapper compactHeader = new ReadOnlyBooleanWrapper(this, "compactHeader");
    private final VBox sidebarTop = new VBox();
    private final VBox sidebarBody = new VBox();
    private final VBox sidebarColumn = new VBox(sidebarTop, sidebarBody);
    private final VBox banners = new VBox();
    private final StackPane content = new StackPane();
    private final SplitPane split = new SplitPane();
    private final HBox statusStart = new HBox();
    private final HBox statusEnd = new HBox();
    private final BooleanProperty sidebarShown = new SimpleBooleanProperty(this, "sidebarShown", true);
    private final BooleanProperty fullScreen = new SimpleBooleanProperty(this, "fullScreen");
    private final DoubleProperty sidebarWidth = new SimpleDoubleProperty(this, "sidebarWidth");
    private final ObjectProperty<WindowPlace> windowPlace = new SimpleObjectProperty<>(this, "windowPlace");
    private final List<Runnable> whenShown = new ArrayList<>();

    private Shell(Stage stage, double width, double height) {
        this.stage = stage;
        root.getStyleClass().addAll(Styles.APP, Styles.FOLLOWS_ZOOM);
        for (MenuName name : MenuName.values()) {
            menus.put(name, new Menu(name.label()));
            menuEntries.put(name, new ArrayList<>());
        }
        root.setTop(new VBox(new MenuBar(menus.values().toArray(Menu[]::new)), header()));
        root.setCenter(split());
        root.setBottom(statusBar());
        Scene scene = new Scene(root, width, height);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::runKeyedAction);
        followZoom(scene);
        AppIcons.applyTo(stage);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setScene(scene);
    }

    /**
     * Puts a shell into {@code stage}, installs {@code features} into it in order, and shows it: the one way a
     * reading window is made, by the application and by its tests alike.
     */
    public static Shell open(Stage stage, double width, double height, List<? extends Feature> features) {
        Shell shell = new Shell(stage, width, height);
        features.forEach(feature -> feature.installInto(shell));
        shell.addFrameActions();
        shell.placeWindow();
        shell.startSidebarAtPreferredWidth();
        stage.show();
        shell.whenShown.forEach(Runnable::run);
        shell.whenShown.clear();
        return shell;
    }

    private void addFrameActions() {
        add(Action.toggle("full-screen", "_Full Screen", fullScreen).keys(new KeyCodeCombination(KeyCode.F11))
                .in(MenuName.VIEW, 500).described("Full screen on and off"));
        add(Action.toggle("show-sidebar", "Show _Sidebar", sidebarShown)
                .keys(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN)).in(MenuName.VIEW, 501)
                .described("Show or hide the sidebar"));
        add(Action.of("close", "_Close", stage::close)
                .keys(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN)).in(MenuName.FILE, 800)
                .described("Close the window"));
        add(Action.of("quit", "_Quit", Platform::exit)
                .keys(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN)).in(MenuName.FILE, 900));
        fullScreen.addListener((obs, was, wanted) -> stage.setFullScreen(wanted));
        stage.fullScreenProperty().addListener((obs, was, now) -> fullScreen.set(now));
        sidebarShown.addListener((obs, was, shown) -> {
            if (shown) {
                split.getItems().add(0, sidebarColumn);
                moveDivider(sidebarWidth.get());
            } else {
                split.getItems().remove(sidebarColumn);
            }
        });
    }

    /** Whether the sidebar column is shown; the reader can hide it. */
    public BooleanProperty sidebarShownProperty() {
        return sidebarShown;
    }

    /** Runs {@code task} once the window has first been shown and laid out, or now if it has been. */
    public void whenShown(Runnable task) {
        if (stage.isShowing()) {
            task.run();
        } else {
            whenShown.add(task);
        }
    }

    /** Where the window is; set before the window opens (by a feature), it opens there. */
    public ObjectProperty<WindowPlace> windowPlaceProperty() {
        return windowPlace;
    }

    private void placeWindow() {
        if (windowPlace.get() == null || !windowPlace.get().applyTo(stage)) {
            stage.sizeToScene();
            stage.centerOnScreen();
        }
        InvalidationListener moved = observable -> {
            if (stage.isShowing()) {
                windowPlace.set(WindowPlace.of(stage, windowPlace.get()));
            }
        };
        List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty(),
                stage.maximizedProperty()).forEach(value -> value.addListener(moved));
    }

    public Stage window() {
        return stage;
    }

    /** The window's root node, for looking nodes up. */
    public Parent root() {
        return root;
    }

    /** Lists {@code action} in its menu and answers its keys, wherever the focus is but in a text field. */
    public void add(Action action) {
        if (action.menu() != null) {
            addMenuItems(action.menu(), action.order(), FXCollections.observableArrayList(action.menuItem()));
        }
        if (!action.keys().isEmpty()) {
            keyed.add(action);
            keyRows.add(new KeyRow(action.keysText(), action.description()));
        }
    }

    /** Lists items that are not plain actions (a submenu, a check or radio item, a changing list) in a menu. */
    public void addMenuItems(MenuName menu, int order, ObservableList<? extends MenuItem> items) {
        menuEntries.get(menu).add(new MenuEntries(order, items));
        items.addListener((ListChangeListener<MenuItem>) change -> fillMenu(menu));
        fillMenu(menu);
    }

    /** Adds a line to the key list for keys a control answers itself, such as Esc in the search field. */
    public void describeKeys(String keys, String action) {
        keyRows.add(new KeyRow(keys, action));
    }

    /** Every key this window answers, in the order the features added them. */
    public List<KeyRow> keyRows() {
        return List.copyOf(keyRows);
    }

    private void fillMenu(MenuName name) {
        List<MenuItem> items = new ArrayList<>();
        int group = Integer.MIN_VALUE;
        for (MenuEntries entries : menuEntries.get(name).stream()
                .sorted(Comparator.comparingInt(MenuEntries::order)).toList()) {
            if (entries.items().isEmpty()) {
                continue;
            }
            if (!items.isEmpty() && entries.order() / 100 != group) {
                items.add(new SeparatorMenuItem());
            }
            group = entries.order() / 100;
            items.addAll(entries.items());
        }
        menus.get(name).getItems().setAll(items);
    }

    private void runKeyedAction(KeyEvent event) {
        if (stage.getScene().getFocusOwner() instanceof TextInputControl) {
            return;
        }
        for (Action action : keyed) {
            if (action.keys().stream().anyMatch(keys -> keys.match(event)) && action.run()) {
                event.consume();
                return;
            }
        }
    }

    private Region header() {
        HBox.setHgrow(heading, Priority.ALWAYS);
        heading.setAlignment(Pos.CENTER_LEFT);
        headerTools.getStyleClass().add(Styles.HEADER_TOOLS);
        headerTools.setAlignment(Pos.CENTER);
        headerTools.setMinWidth(Region.USE_PREF_SIZE);
        headerEnd.setMinWidth(Region.USE_PREF_SIZE);
        emProbe.setManaged(false);
        emProbe.setVisible(false);
        header.getChildren().setAll(heading, headerTools, headerEnd, emProbe);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(Styles.HEADER);
        return header;
    }

    /**
     * Whether the window is too low for the whole header, in its zoomed text: the header then keeps to one line, so
     * the content keeps most of the height.
     */
    public ReadOnlyBooleanProperty compactHeaderProperty() {
        return compactHeader.getReadOnlyProperty();
    }

    private void followZoom(Scene scene) {
        InvalidationListener compact = observable -> compactHeader.set(
                scene.getHeight() < COMPACT_HEADER_BELOW_EM * emProbe.getFont().getSize());
        scene.heightProperty().addListener(compact);
        emProbe.fontProperty().addListener(compact);
        compactHeader.addListener((obs, was, now) -> header.pseudoClassStateChanged(COMPACT, now));
        emProbe.fontProperty().addListener((obs, old, font) -> Platform.runLater(() -> moveDivider(sidebarWidth.get())));
    }

    /** What the header says on its left (the briefing's title) and at its right end (the handling marking). */
    public void setHeading(Node titles, Node end) {
        heading.getChildren().setAll(titles);
        headerEnd.getChildren().setAll(end);
    }

    /** Adds a button to the header, between the heading and its end. */
    public void addHeaderTool(Node tool) {
        headerTools.getChildren().add(tool);
    }

    private SplitPane split() {
        sidebarTop.getStyleClass().add(Styles.SIDEBAR_TOP);
        VBox.setVgrow(sidebarBody, Priority.ALWAYS);
        sidebarColumn.getStyleClass().add(Styles.SIDEBAR_PANE);
        VBox.setVgrow(content, Priority.ALWAYS);
        split.getItems().setAll(sidebarColumn, new VBox(banners, content));
        SplitPane.setResizableWithParent(sidebarColumn, false);
        followSidebarWidth();
        return split;
    }

    /** The node the sidebar column is mainly for, such as the panel list. */
    public void setSidebar(Node node) {
        VBox.setVgrow(node, Priority.ALWAYS);
        sidebarBody.getChildren().add(0, node);
    }

    /** Adds a node above the sidebar, such as the search field. */
    public void addAboveSidebar(Node node) {
        sidebarTop.getChildren().add(node);
    }

    /**
     * Adds a node below the sidebar's main node, such as search results, sharing the column's height with it while
     * it is visible; its owner decides when it is.
     */
    public void addBelowSidebar(Node node) {
        node.managedProperty().bind(node.visibleProperty());
        VBox.setVgrow(node, Priority.ALWAYS);
        sidebarBody.getChildren().add(node);
    }

    /** What the window is for: the panel being read. */
    public void setContent(Node node) {
        content.getChildren().setAll(node);
    }

    /** Shows {@code pane} beside the content, or none for {@code null}. */
    public void setSidePane(Node pane) {
        if (pane instanceof Region region) {
            region.maxWidthProperty().bind(root.widthProperty().multiply(MAX_SIDE_PANE_SHARE));
        }
        root.setRight(pane);
    }

    /** Shows a non-modal message above the content; {@code null} removes it. */
    public void showBanner(Node banner) {
        banners.getChildren().setAll(banner == null ? List.of() : List.of(banner));
    }

    private Region statusBar() {
        statusStart.setAlignment(Pos.CENTER_LEFT);
        statusEnd.setAlignment(Pos.CENTER_RIGHT);
        statusStart.getStyleClass().add(Styles.STATUS_GROUP);
        statusEnd.getStyleClass().add(Styles.STATUS_GROUP);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(statusStart, spacer, statusEnd);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.STATUS_BAR);
        return bar;
    }

    /** Adds a node at the status bar's start, after those added before it. */
    public void addStatusAtStart(Node node) {
        statusStart.getChildren().add(node);
    }

    /** Adds a node at the status bar's end, after those added before it. */
    public void addStatusAtEnd(Node node) {
        statusEnd.getChildren().add(node);
    }

    /** The width of the sidebar column, which the reader can drag; setting it moves the divider. */
    public DoubleProperty sidebarWidthProperty() {
        return sidebarWidth;
    }

    /**
     * Keeps the sidebar at {@link #sidebarWidth} pixels as the window resizes, and takes a new width from the
     * reader only when they let go of the divider: widths seen while the window is laid out or closed are
     * never remembered.
     */
    private void followSidebarWidth() {
        split.widthProperty().addListener((obs, old, now) -> moveDivider(sidebarWidth.get()));
        sidebarWidth.addListener((obs, old, wanted) -> moveDivider(wanted.doubleValue()));
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> {
            if (event.getTarget() instanceof Node pressed && isOnDivider(pressed)) {
                sidebarWidth.set(sidebarColumn.getWidth());
            }
        });
    }

    private static boolean isOnDivider(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }

    /** With no width remembered, the sidebar starts as wide as its stylesheet asks. */
    private void startSidebarAtPreferredWidth() {
        if (sidebarWidth.get() <= 0) {
            root.applyCss();
            sidebarWidth.set(sidebarColumn.prefWidth(-1));
        }
    }

    private void moveDivider(double width) {
        double total = split.getWidth();
        if (total > 0 && width > 0) {
            split.setDividerPositions(Math.min(MAX_SIDEBAR_SHARE, width / total));
        }
    }
}
