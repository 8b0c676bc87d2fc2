package org.briefingviewer.presenter;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Subscription;

/**
 * The windows of one presentation: the audience view on the room's screen and, when asked for, the console on
 * the presenter's. It follows the view-model until the talk ends.
 */
final class Talk {

    private final PresentationViewModel viewModel;
    private final List<Screen> screens = Screen.getScreens();
    private final List<ScreenAssignment.Display> displays = screens.stream().map(Talk::display).toList();
    private final TalkTimer timer = new TalkTimer(System::currentTimeMillis);
    private final Stage audience = new Stage();
    private ScreenAssignment assignment;
    private Stage console;

    private Talk(PresentationViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        audience.initOwner(owner);
        assignment = ScreenAssignment.of(displays, viewModel.audienceScreenProperty().get());
        rememberTheRoomsScreen();
    }

    /** Starts presenting on the screens the assignment picks, the console opened at once with two of them. */
    static void begin(PresentationViewModel viewModel, Window owner, boolean fromCurrentPanel) {
        Talk talk = new Talk(viewModel, owner);
        viewModel.start(fromCurrentPanel);
        placeOn(talk.audience, talk.screens.get(talk.assignment.audience()));
        AudienceView.open(talk.audience, viewModel);
        Subscription following = viewModel.consoleShownProperty().subscribe((was, shown) -> talk.showConsole(shown))
                .and(viewModel.displaysSwappedProperty().subscribe((was, swapped) -> talk.swap()));
        Subscription[] ending = new Subscription[1];
        ending[0] = viewModel.presentingProperty().subscribe((was, presenting) -> {
            if (!presenting) {
                following.and(ending[0]).unsubscribe();
            }
        });
        if (talk.assignment.hasTwoScreens()) {
            viewModel.showConsole();
        }
    }

    private void showConsole(boolean shown) {
        if (shown) {
            console = new Stage();
            if (assignment.hasTwoScreens()) {
                placeOn(console, screens.get(assignment.console()));
            }
            ConsoleWindow.open(console, viewModel, timer, assignment.hasTwoScreens());
        } else if (console != null) {
            console.close();
        }
    }

    private void swap() {
        assignment = assignment.swapped();
        rememberTheRoomsScreen();
        audience.setFullScreen(false);
        placeOn(audience, screens.get(assignment.audience()));
        audience.setFullScreen(true);
        if (console != null && assignment.hasTwoScreens()) {
            placeOn(console, screens.get(assignment.console()));
        }
    }

    private void rememberTheRoomsScreen() {
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
