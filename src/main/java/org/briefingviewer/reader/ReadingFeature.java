package org.briefingviewer.reader;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.briefingviewer.model.Metadata;
import org.briefingviewer.model.Panel;
import org.briefingviewer.shell.Action;
import org.briefingviewer.shell.Feature;
import org.briefingviewer.shell.MenuName;
import org.briefingviewer.shell.Shell;
import org.briefingviewer.ui.SelectablePage;
import org.briefingviewer.ui.Styles;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Reading: the briefing's title, the panel list, the panel shown, the Go menu and the status bar's navigation. */
public final class ReadingFeature implements Feature {

    private static final int DIGIT_SHORTCUTS = 9;
    /** How far into its anchor a context menu opened from the keyboard stands. */
    private static final double CONTEXT_MENU_INSET = 12;

    private final ReaderViewModel viewModel;
    private final Consumer<String> browser;
    private final ReadingArea area;
    private final ListView<Panel> sidebar = new ListView<>();
    private final ObservableList<MenuItem> panelItems = FXCollections.observableArrayList();
    private final ObjectProperty<ReadingPlace> place = new SimpleObjectProperty<>(this, "place");
    private ReadingPlace scrollToReturnTo;
    private boolean recordingPlace;

    /** @param browser opens a web address, once the reader has confirmed it */
    public ReadingFeature(ReaderViewModel viewModel, Consumer<String> browser) {
        this.viewModel = viewModel;
        this.browser = browser;
        this.area = new ReadingArea(viewModel);
    }

    /** The scrolling page, for features that reveal a block in it. */
    public ReadingArea area() {
        return area;
    }

    /**
     * Where the reader is. Set from outside, the window returns there as soon as that briefing is shown: now, or
     * when the next briefing opened is that one.
     */
    public ObjectProperty<ReadingPlace> placeProperty() {
        return place;
    }

    @Override
    public void installInto(Shell shell) {
        shell.window().titleProperty().bind(viewModel.windowTitleProperty());
        shell.setHeading(titles(shell), handlingMarking());
        viewModel.briefingProperty().addListener((obs, old, briefing) ->
                shell.setHeading(titles(shell), handlingMarking()));
        configureSidebar();
        shell.setSidebar(sidebar);
        area.setLinkHandler(link -> LinkConfirmation.ask(shell.window(), link, browser));
        shell.setContent(area);
        addNavigation(shell);
        addCopying(shell);
        followPlace(shell);
        shell.whenShown(sidebar::requestFocus);
    }

    private void followPlace(Shell shell) {
        viewModel.selectedPanelProperty().addListener((obs, old, panel) -> {
            scrollIfReturned(shell, panel);
            recordPlace();
        });
        area.vvalueProperty().addListener(observable -> recordPlace());
        place.addListener((obs, old, wanted) -> {
            if (!recordingPlace && wanted != null) {
                scrollToReturnTo = wanted;
                viewModel.returnTo(wanted.briefingId(), wanted.panelId());
                if (isAt(wanted, viewModel.getSelectedPanel())) {
                    scrollIfReturned(shell, viewModel.getSelectedPanel());
                }
            }
        });
    }

    /** Once the reader is back at the panel they left, scrolls to where they were in it. */
    private void scrollIfReturned(Shell shell, Panel panel) {
        ReadingPlace wanted = scrollToReturnTo;
        if (wanted == null || panel == null) {
            return;
        }
        scrollToReturnTo = null;
        if (isAt(wanted, panel)) {
            shell.whenShown(() -> area.setScrollPosition(wanted.scroll()));
        }
    }

    private boolean isAt(ReadingPlace wanted, Panel panel) {
        return panel != null && wanted.panelId().equals(panel.id())
                && wanted.briefingId().equals(viewModel.getBriefing().metadata().id());
    }

    private void recordPlace() {
        Panel panel = viewModel.getSelectedPanel();
        recordingPlace = true;
        place.set(panel == null ? null
                : new ReadingPlace(viewModel.getBriefing().metadata().id(), panel.id(), area.getScrollPosition()));
        recordingPlace = false;
    }

    private void addNavigation(Shell shell) {
        Action previous = Action.of("previous-panel", "_Previous Panel", viewModel::previous)
                .keys(shortcut(KeyCode.PAGE_UP), new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN))
                .enabledWhen(viewModel.canGoPreviousProperty()).in(MenuName.GO, 100).described("Previous panel");
        Action next = Action.of("next-panel", "_Next Panel", viewModel::next)
                .keys(shortcut(KeyCode.PAGE_DOWN), new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN))
                .enabledWhen(viewModel.canGoNextProperty()).in(MenuName.GO, 101).described("Next panel");
        shell.add(next);
        shell.add(previous);
        shell.add(Action.of("first-panel", "_First Panel", viewModel::first)
                .keys(new KeyCodeCombination(KeyCode.HOME, KeyCombination.ALT_DOWN))
                .enabledWhen(viewModel.canGoPreviousProperty()).in(MenuName.GO, 110).described("First panel"));
        shell.add(Action.of("last-panel", "_Last Panel", viewModel::last)
                .keys(new KeyCodeCombination(KeyCode.END, KeyCombination.ALT_DOWN))
                .enabledWhen(viewModel.canGoNextProperty()).in(MenuName.GO, 111).described("Last panel"));
        listPanels();
        viewModel.getPanels().addListener((ListChangeListener<Panel>) change -> listPanels());
        shell.addMenuItems(MenuName.GO, 200, panelItems);
        shell.describeKeys("Ctrl+1 … Ctrl+9", "Go to panel 1 … 9");
        shell.describeKeys("Tab, then Enter on a citation mark", "Read the cited source paragraph");
        shell.addStatusAtStart(handlingMarking());
        Label status = new Label();
        status.textProperty().bind(viewModel.statusTextProperty());
        status.getStyleClass().add(Styles.STATUS_TEXT);
        status.setId("status-text");
        shell.addStatusAtEnd(status);
        shell.addStatusAtEnd(navigationButton(previous, Feather.CHEVRON_LEFT));
        shell.addStatusAtEnd(navigationButton(next, Feather.CHEVRON_RIGHT));
    }

    /** Edit ▸ Copy, Copy with Citation and Select All, and the same in the reading pane's context menu. */
    private void addCopying(Shell shell) {
        SelectablePage page = area.page();
        Action copy = Action.of("copy", "_Copy", () -> copy(shell, page.selectedText(), TextInputControl::copy))
                .keys(shortcut(KeyCode.C)).enabledWhen(page.hasSelectionProperty()).in(MenuName.EDIT, 0)
                .described("Copy the selected text");
        Action copyCited = Action.of("copy-with-citation", "Copy with C_itation",
                        () -> copy(shell, area.selectionWithCitation(), TextInputControl::copy))
                .keys(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN))
                .enabledWhen(page.hasSelectionProperty()).in(MenuName.EDIT, 1)
                .described("Copy the selected text with its source marks and the briefing's title");
        Action selectAll = Action.of("select-all", "Select _All", () -> selectAll(shell, page))
                .keys(shortcut(KeyCode.A)).in(MenuName.EDIT, 2).described("Select the whole panel");
        List.of(copy, copyCited, selectAll).forEach(shell::add);
        ContextMenu menu = new ContextMenu(contextItem(copy), contextItem(copyCited), new SeparatorMenuItem(),
                contextItem(selectAll));
        area.setContextMenu(menu);
        area.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.CONTEXT_MENU || event.getCode() == KeyCode.F10 && event.isShiftDown()) {
                showAtSelection(menu, page);
                event.consume();
            }
        });
    }

    /** Opens the context menu from the keyboard, below the start of the selection or near the top of the pane. */
    private void showAtSelection(ContextMenu menu, SelectablePage page) {
        List<Label> selected = page.selectedLabels();
        Node anchor = selected.isEmpty() ? area : selected.get(0);
        Bounds bounds = anchor.localToScreen(anchor.getLayoutBounds());
        menu.show(area, bounds.getMinX() + CONTEXT_MENU_INSET, bounds.getMinY() + CONTEXT_MENU_INSET);
    }

    /**
     * Puts {@code text} on the clipboard; but where a text field has the focus, the field answers the menu item
     * itself, as it answers the keys.
     */
    private static void copy(Shell shell, String text, Consumer<TextInputControl> inField) {
        if (shell.window().getScene().getFocusOwner() instanceof TextInputControl field) {
            inField.accept(field);
        } else {
            SelectablePage.putOnClipboard(text);
        }
    }

    private void selectAll(Shell shell, SelectablePage page) {
        if (shell.window().getScene().getFocusOwner() instanceof TextInputControl field) {
            field.selectAll();
        } else {
            page.selectAll();
            area.requestFocus();
        }
    }

    private static MenuItem contextItem(Action action) {
        MenuItem item = new MenuItem(action.label());
        item.setAccelerator(action.keys().get(0));
        item.disableProperty().bind(Bindings.createBooleanBinding(() -> !action.enabled().get(), action.enabled()));
        item.setOnAction(event -> action.run());
        return item;
    }

    private void listPanels() {
        ObservableList<Panel> panels = viewModel.getPanels();
        MenuItem[] items = new MenuItem[panels.size()];
        for (int index = 0; index < panels.size(); index++) {
            int chosen = index;
            items[index] = new MenuItem((index + 1) + "  " + panels.get(index).title());
            items[index].setMnemonicParsing(false);
            if (index < DIGIT_SHORTCUTS) {
                items[index].setAccelerator(shortcut(KeyCode.valueOf("DIGIT" + (index + 1))));
            }
            items[index].setOnAction(event -> viewModel.select(chosen));
        }
        panelItems.setAll(items);
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    private static Button navigationButton(Action action, Feather icon) {
        Button button = action.button(null, new FontIcon(icon));
        button.getStyleClass().add(atlantafx.base.theme.Styles.BUTTON_ICON);
        return button;
    }

    /** The briefing's title, subtitle and date; in a compact header, the title alone on one line. */
    private Region titles(Shell shell) {
        Metadata metadata = viewModel.getBriefing().metadata();
        Label title = BlockViews.wrapped(metadata.title(), Styles.BRIEFING_TITLE);
        title.wrapTextProperty().bind(shell.compactHeaderProperty().not());
        VBox titles = new VBox(title);
        titles.setAlignment(Pos.CENTER_LEFT);
        if (metadata.subtitle() != null) {
            titles.getChildren().add(BlockViews.wrapped(metadata.subtitle(), Styles.BRIEFING_SUBTITLE));
        }
        titles.getChildren().add(BlockViews.wrapped(metadata.asOf(), Styles.AS_OF));
        for (Node line : titles.getChildren().subList(1, titles.getChildren().size())) {
            line.visibleProperty().bind(shell.compactHeaderProperty().not());
            line.managedProperty().bind(line.visibleProperty());
        }
        return titles;
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
    }

    /** Scrolls the panel list only as far as it takes to show entry {@code index}, as a file browser does. */
    private void scrollSidebarTo(int index) {
        if (sidebar.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(index);
        } else {
            sidebar.scrollTo(index);
        }
    }
}
