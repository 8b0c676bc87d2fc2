package org.briefingviewer.help;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import org.briefingviewer.shell.Action;
import org.briefingviewer.shell.Feature;
import org.briefingviewer.shell.MenuName;
import org.briefingviewer.shell.Shell;
import org.briefingviewer.ui.InfoWindow;

/**
 * Help ▸ Keyboard Shortcuts (F1, or ? outside text fields): every key the window's actions answer. Install it
 * after the features whose keys it lists.
 */
public final class HelpFeature implements Feature {

    private static final String HELP_CHARACTER = "?";

    private final InfoWindow window = new InfoWindow("Keyboard shortcuts");

    @Override
    public void installInto(Shell shell) {
        shell.add(Action.of("keyboard-shortcuts", "_Keyboard Shortcuts", () -> show(shell))
                .keys(new KeyCodeCombination(KeyCode.F1)).in(MenuName.HELP, 100).described("This list of keys"));
        shell.describeKeys("? (outside text fields)", "This list of keys");
        shell.root().addEventFilter(KeyEvent.KEY_TYPED, event -> {
            boolean typing = shell.window().getScene().getFocusOwner() instanceof TextInputControl;
            if (HELP_CHARACTER.equals(event.getCharacter()) && !typing) {
                show(shell);
                event.consume();
            }
        });
    }

    private void show(Shell shell) {
        window.show(shell.window(), KeyHelp.table("Keys while reading", shell.keyRows()));
    }
}
