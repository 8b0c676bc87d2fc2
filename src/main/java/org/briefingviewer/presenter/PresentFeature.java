package org.briefingviewer.presenter;

import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.briefingviewer.reader.ReaderView;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** View ▸ Present from Start (F5), Present from Current Panel (Shift+F5), and the header's Present button. */
public final class PresentFeature {

    private PresentFeature() {
    }

    public static void install(ReaderView view, PresentationViewModel viewModel) {
        MenuItem fromStart = new MenuItem("_Present from Start");
        fromStart.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        fromStart.setOnAction(event -> present(view, viewModel, false));
        MenuItem fromCurrent = new MenuItem("Present from _Current Panel");
        fromCurrent.setAccelerator(new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN));
        fromCurrent.setOnAction(event -> present(view, viewModel, true));
        fromStart.disableProperty().bind(viewModel.presentingProperty());
        fromCurrent.disableProperty().bind(viewModel.presentingProperty());
        view.addViewMenuItems(new SeparatorMenuItem(), fromStart, fromCurrent);
        Button present = new Button("Present", new FontIcon(Feather.PLAY));
        present.setId("present-button");
        present.setTooltip(new Tooltip("Present from the first panel (F5)"));
        present.setOnAction(event -> present(view, viewModel, false));
        present.disableProperty().bind(viewModel.presentingProperty());
        view.addHeaderNodes(present);
    }

    static void present(ReaderView view, PresentationViewModel viewModel, boolean fromCurrentPanel) {
        Talk.begin(viewModel, view.getScene().getWindow(), view.getScene().getStylesheets(), fromCurrentPanel);
    }
}
