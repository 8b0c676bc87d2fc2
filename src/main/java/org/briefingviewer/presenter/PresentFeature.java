package org.briefingviewer.presenter;

import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
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
        List<Screen> screens = Screen.getScreens();
        List<ScreenAssignment.Display> displays = screens.stream().map(PresentFeature::display).toList();
        ScreenAssignment assignment = ScreenAssignment.of(displays, viewModel.audienceScreenProperty().get());
        remember(viewModel, displays, assignment);
        viewModel.start(fromCurrentPanel);
        Stage audience = new Stage();
        audience.initOwner(view.getScene().getWindow());
        placeOn(audience, screens.get(assignment.audience()));
        AudienceView.open(audience, viewModel, view.getScene().getStylesheets());
        TalkTimer timer = new TalkTimer(System::currentTimeMillis);
        Stage[] console = new Stage[1];
        ScreenAssignment[] current = {assignment};
        ChangeListener<Boolean> consoleToggle = (obs, was, shown) -> {
            if (shown) {
                console[0] = new Stage();
                if (current[0].hasTwoScreens()) {
                    placeOn(console[0], screens.get(current[0].console()));
                }
                ConsoleWindow.open(console[0], viewModel, timer, current[0].hasTwoScreens(),
                        view.getScene().getStylesheets());
            } else if (console[0] != null) {
                console[0].close();
            }
        };
        ChangeListener<Boolean> swap = (obs, was, now) -> {
            current[0] = current[0].swapped();
            remember(viewModel, displays, current[0]);
            audience.setFullScreen(false);
            placeOn(audience, screens.get(current[0].audience()));
            audience.setFullScreen(true);
            if (console[0] != null && current[0].hasTwoScreens()) {
                placeOn(console[0], screens.get(current[0].console()));
            }
        };
        viewModel.consoleShownProperty().addListener(consoleToggle);
        viewModel.displaysSwappedProperty().addListener(swap);
        viewModel.presentingProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> value, Boolean was, Boolean presenting) {
                if (!presenting) {
                    viewModel.consoleShownProperty().removeListener(consoleToggle);
                    viewModel.displaysSwappedProperty().removeListener(swap);
                    value.removeListener(this);
                }
            }
        });
        if (assignment.hasTwoScreens()) {
            viewModel.showConsole();
        }
    }

    private static void remember(PresentationViewModel viewModel, List<ScreenAssignment.Display> displays,
                                 ScreenAssignment assignment) {
        if (assignment.hasTwoScreens()) {
            viewModel.audienceScreenProperty().set(displays.get(assignment.audience()));
        }
    }

    private static ScreenAssignment.Display display(Screen screen) {
        Rectangle2D bounds = screen.getBounds();
        return new ScreenAssignment.Display(bounds.getMinX(), bounds.getMinY(), bounds.getWidth(),
                bounds.getHeight(), screen.equals(Screen.getPrimary()));
    }

    private static void placeOn(Stage stage, Screen screen) {
        Rectangle2D bounds = screen.getVisualBounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
    }
}
