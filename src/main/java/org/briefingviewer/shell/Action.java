package org.briefingviewer.shell;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

/**
 * Something the reader can do, and every way to do it: its menu item, its keys, a button, and its line in the key
 * list. {@link Shell#add} makes the menu item and answers the keys; the key list and {@code docs/keyboard.md} are
 * made from the same action, so they cannot drift from what the keys do.
 *
 * @param id          the menu item's and button's node id
 * @param label       the menu label, with its mnemonic
 * @param keys        the keys, the first of them shown in the menu; none for an action only a menu or button runs
 * @param handler     what it does
 * @param enabled     when it can be done
 * @param menu        the menu it is listed in, or {@code null}
 * @param order       its place in that menu: items sort by it, and a separator parts each hundred from the next
 * @param description its line in the key list
 * @param checked     what a check item shows and switches, or {@code null} for a plain action
 */
public record Action(String id, String label, List<KeyCombination> keys, Runnable handler,
                     ObservableBooleanValue enabled, MenuName menu, int order, String description,
                     BooleanProperty checked) {

    /** An action listed nowhere yet, always enabled, without keys; described by its label. */
    public static Action of(String id, String label, Runnable handler) {
        return new Action(id, label, List.of(), handler, Bindings.createBooleanBinding(() -> true), null, 0,
                plain(label), null);
    }

    /** An action that switches {@code state} on and off, listed as a check item. */
    public static Action toggle(String id, String label, BooleanProperty state) {
        return new Action(id, label, List.of(), () -> state.set(!state.get()),
                Bindings.createBooleanBinding(() -> true), null, 0, plain(label), state);
    }

    public Action keys(KeyCombination... combinations) {
        return new Action(id, label, List.of(combinations), handler, enabled, menu, order, description, checked);
    }

    public Action in(MenuName menuName, int place) {
        return new Action(id, label, keys, handler, enabled, menuName, place, description, checked);
    }

    public Action enabledWhen(ObservableBooleanValue condition) {
        return new Action(id, label, keys, handler, condition, menu, order, description, checked);
    }

    /** The key list's wording, where the menu label alone would not say enough. */
    public Action described(String text) {
        return new Action(id, label, keys, handler, enabled, menu, order, text, checked);
    }

    /** Runs the action if it can be done now; returns whether it ran. */
    public boolean run() {
        if (!enabled.get()) {
            return false;
        }
        handler.run();
        return true;
    }

    /** The keys as the platform names them, such as "Ctrl+Page Down, Alt+Right". */
    public String keysText() {
        return keys.stream().map(KeyCombination::getDisplayText).collect(Collectors.joining(", "));
    }

    MenuItem menuItem() {
        MenuItem item;
        if (checked == null) {
            item = new MenuItem(label);
            item.setOnAction(event -> handler.run());
        } else {
            CheckMenuItem check = new CheckMenuItem(label);
            check.selectedProperty().bindBidirectional(checked);
            item = check;
        }
        item.setId(id);
        if (!keys.isEmpty()) {
            item.setAccelerator(keys.get(0));
        }
        item.disableProperty().bind(Bindings.createBooleanBinding(() -> !enabled.get(), enabled));
        return item;
    }

    /** A button that runs the action, with the action's description and keys as its tooltip. */
    public Button button(String text, Node graphic) {
        Button button = new Button(text, graphic);
        button.setId(id);
        String tip = keys.isEmpty() ? description : description + " (" + keysText() + ")";
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(description);
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> !enabled.get(), enabled));
        button.setOnAction(event -> handler.run());
        return button;
    }

    private static String plain(String label) {
        return label.replace("_", "").replace("…", "");
    }
}
