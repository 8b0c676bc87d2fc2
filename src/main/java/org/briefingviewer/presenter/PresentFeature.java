package org.briefingviewer.presenter;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.briefingviewer.shell.Action;
import org.briefingviewer.shell.Feature;
import org.briefingviewer.shell.MenuName;
import org.briefingviewer.shell.Shell;
import org.briefingviewer.ui.KeyRow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** View ▸ Present from Start (F5), Present from Current Panel (Shift+F5), and the header's Present button. */
public final class PresentFeature implements Feature {

    private final PresentationViewModel viewModel;

    public PresentFeature(PresentationViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** The keys while presenting, as the presenting overlays list them. */
    public static List<KeyRow> presentingKeys() {
        return PresentationKeys.rows();
    }

    @Override
    public void installInto(Shell shell) {
        Window owner = shell.window();
        var idle = Bindings.not(viewModel.presentingProperty());
        Action fromStart = Action.of("present-button", "_Present from Start", () -> present(owner, false))
                .keys(new KeyCodeCombination(KeyCode.F5)).enabledWhen(idle).in(MenuName.VIEW, 400)
                .described("Present from the first panel");
        shell.add(fromStart);
        shell.add(Action.of("present-current", "Present from _Current Panel", () -> present(owner, true))
                .keys(new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN)).enabledWhen(idle)
                .in(MenuName.VIEW, 401).described("Present from the current panel"));
        Button present = fromStart.button("Present", new FontIcon(Feather.PLAY));
        shell.addHeaderTool(present);
    }

    private void present(Window owner, boolean fromCurrentPanel) {
        Talk.begin(viewModel, owner, fromCurrentPanel);
    }
}
