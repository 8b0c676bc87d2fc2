package org.briefingviewer.presenter;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import javafx.util.Subscription;
import org.briefingviewer.help.KeyHelp;
import org.briefingviewer.presenter.PresentationViewModel.Place;
import org.briefingviewer.presenter.PresentationViewModel.Screen;
import org.briefingviewer.ui.Styles;

/**
 * What the room sees: the panel at its current step on a 16:9 stage in large type, scaled to fit any screen
 * without scroll bars, with the handling marking, full screen, and the cursor hidden when the mouse rests. A
 * click steps on, as a clicker's next key does.
 */
public final class AudienceView {

    private static final Duration CURSOR_IDLE = Duration.seconds(2);

    private final PresentationViewModel viewModel;
    private final FittedSlide slideArea = new FittedSlide(Slide.WIDTH);
    private final StackPane root;
    private final Subscription subscription;

    private AudienceView(PresentationViewModel viewModel) {
        this.viewModel = viewModel;
        slideArea.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        slideArea.setId("audience-stage");
        Region blank = new Region();
        blank.visibleProperty().bind(viewModel.screenProperty().isNotEqualTo(Screen.PANEL));
        VBox help = KeyHelp.overlay("Keys while presenting", PresentationKeys.rows());
        help.visibleProperty().bind(viewModel.helpShownProperty());
        Overview overview = new Overview(viewModel);
        root = new StackPane(slideArea, blank, overview.node(), help);
        root.getStyleClass().add(Styles.AUDIENCE);
        root.setAlignment(Pos.CENTER);
        subscription = viewModel.screenProperty().subscribe(screen -> blank.getStyleClass().setAll(
                        screen == Screen.WHITE ? Styles.BLANK_WHITE : Styles.BLANK_BLACK))
                .and(viewModel.placeProperty().subscribe((old, place) -> show(place)))
                .and(overview.subscription());
    }

    /** Opens the audience view full screen on {@code stage}. */
    public static Stage open(Stage stage, PresentationViewModel viewModel) {
        AudienceView view = new AudienceView(viewModel);
        Scene scene = new Scene(view.root, Slide.WIDTH / 2, Slide.HEIGHT / 2);
        viewModel.useSlideLayout();
        view.show(viewModel.placeProperty().get());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (PresentationKeys.handle(viewModel, event)) {
                event.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            if (PresentationKeys.isHelpCharacter(event)) {
                viewModel.toggleHelp();
                event.consume();
            }
        });
        scene.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.isStillSincePress()
                    && !viewModel.overviewShownProperty().get()) {
                viewModel.next();
            }
        });
        hideCursorWhenIdle(scene);
        stage.setScene(scene);
        stage.setTitle("Presenting — " + viewModel.getReader().getBriefing().metadata().title());
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreen(true);
        stage.show();
        Subscription closing = viewModel.presentingProperty().subscribe((was, now) -> {
            if (!now) {
                stage.setFullScreen(false);
                stage.close();
            }
        });
        stage.setOnHidden(event -> {
            view.subscription.and(closing).unsubscribe();
            viewModel.stop();
        });
        return stage;
    }

    private void show(Place place) {
        if (place.panel() < 0) {
            slideArea.clear();
        } else {
            slideArea.show(Slides.at(viewModel, place, Slide.Viewer.ROOM));
        }
    }

    private static void hideCursorWhenIdle(Scene scene) {
        PauseTransition idle = new PauseTransition(CURSOR_IDLE);
        idle.setOnFinished(event -> scene.setCursor(Cursor.NONE));
        scene.setOnMouseMoved(event -> {
            scene.setCursor(Cursor.DEFAULT);
            idle.playFromStart();
        });
        idle.playFromStart();
    }
}
