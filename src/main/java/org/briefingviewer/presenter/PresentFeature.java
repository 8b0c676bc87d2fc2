package org.briefingviewer.presenter;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.briefingviewer.reader.ReaderView;

/** View ▸ Present from Start (F5) and Present from Current Panel (Shift+F5). */
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
    }

    static void present(ReaderView view, PresentationViewModel viewModel, boolean fromCurrentPanel) {
        viewModel.start(fromCurrentPanel);
        Stage stage = new Stage();
        stage.initOwner(view.getScene().getWindow());
        AudienceView.open(stage, viewModel, view.getScene().getStylesheets());
        TalkTimer timer = new TalkTimer(System::currentTimeMillis);
        Stage[] console = new Stage[1];
        ChangeListener<Boolean> consoleToggle = (obs, was, shown) -> {
            if (shown) {
                console[0] = ConsoleWindow.open(new Stage(), viewModel, timer, view.getScene().getStylesheets());
            } else if (console[0] != null) {
                console[0].close();
            }
        };
        viewModel.consoleShownProperty().addListener(consoleToggle);
        viewModel.presentingProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> value, Boolean was, Boolean presenting) {
                if (!presenting) {
                    viewModel.consoleShownProperty().removeListener(consoleToggle);
                    value.removeListener(this);
                }
            }
        });
    }
}
