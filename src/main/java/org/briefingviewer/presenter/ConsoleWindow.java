package org.briefingviewer.presenter;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import javafx.util.Duration;
import javafx.util.Subscription;
import org.briefingviewer.help.KeyHelp;
import org.briefingviewer.model.Panel;
import org.briefingviewer.presenter.PresentationViewModel.Place;
import org.briefingviewer.reader.ReaderViewModel;
import org.briefingviewer.slides.SlidePage;
import org.briefingviewer.slides.Step;
import org.briefingviewer.ui.AppFonts;
import org.briefingviewer.ui.Styles;

/**
 * The presenter's console, never shown to the room: where the talk is, previews of what the room sees now and
 * will see next, the speaker notes in a size the presenter chooses, the elapsed time (pause, reset), the clock,
 * and the panel list to jump.
 */
final class ConsoleWindow {

    private static final double MIN_NOTES_SIZE = 12;
    private static final double MAX_NOTES_SIZE = 40;
    private static final double CURRENT_SHARE = 0.56;
    private static final double NEXT_SHARE = 0.38;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final PresentationViewModel viewModel;
    private final TalkTimer timer;
    private final Label position = label(Styles.CONSOLE_POSITION);
    private final Label next = label(Styles.CONSOLE_HEADING);
    private final FittedSlide current = new FittedSlide(480);
    private final FittedSlide upcoming = new FittedSlide(320);
    private final VBox notes = new VBox();
    private final Label elapsed = label(Styles.CONSOLE_TIMER);
    private final Label clock = label(Styles.CONSOLE_CLOCK);
    private double notesSize = 20;
    private Panel notesPanel;
    private double notesPanelSize;
    private Subscription following = Subscription.EMPTY;

    private final boolean twoScreens;

    private ConsoleWindow(PresentationViewModel viewModel, TalkTimer timer, boolean twoScreens) {
        this.viewModel = viewModel;
        this.timer = timer;
        this.twoScreens = twoScreens;
    }

    static Stage open(Stage stage, PresentationViewModel viewModel, TalkTimer timer, boolean twoScreens) {
        ConsoleWindow console = new ConsoleWindow(viewModel, timer, twoScreens);
        VBox help = KeyHelp.overlay("Keys while presenting", PresentationKeys.rows());
        help.setVisible(false);
        StackPane root = new StackPane(console.layout(), help);
        root.getStyleClass().add(Styles.CONSOLE);
        Scene scene = new Scene(root, 1100, 700);
        console.refresh();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (PresentationKeys.isHelpKey(event) || (help.isVisible() && event.getCode() == KeyCode.ESCAPE)) {
                help.setVisible(!help.isVisible());
                event.consume();
            } else if (PresentationKeys.handle(viewModel, event)) {
                event.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            if (PresentationKeys.isHelpCharacter(event)) {
                help.setVisible(!help.isVisible());
                event.consume();
            }
        });
        stage.setScene(scene);
        stage.setTitle("Presenter console — " + viewModel.getReader().getBriefing().metadata().title());
        Timeline ticks = new Timeline(new KeyFrame(Duration.seconds(1), event -> console.tick()));
        ticks.setCycleCount(Timeline.INDEFINITE);
        ticks.play();
        Subscription closing = viewModel.presentingProperty().subscribe((was, now) -> {
            if (!now) {
                stage.close();
            }
        });
        stage.setOnHidden(event -> {
            ticks.stop();
            console.following.and(closing).unsubscribe();
        });
        stage.show();
        return stage;
    }

    private VBox layout() {
        ReaderViewModel reader = viewModel.getReader();
        ListView<Panel> panels = panelList(reader);
        Button pause = button("Pause", null, "Pause or resume the timer");
        pause.setOnAction(event -> {
            timer.togglePause();
            pause.setText(timer.isPaused() ? "Resume" : "Pause");
            tick();
        });
        Button reset = button("Reset", () -> {
            timer.reset();
            tick();
        }, "Reset the timer");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button swap = button("Swap displays", viewModel::swapDisplays, "Swap the audience and console screens");
        swap.setDisable(!twoScreens);
        HBox bar = new HBox(position, spacer, elapsed, pause, reset, clock, swap);
        bar.getStyleClass().add(Styles.CONSOLE_BAR);
        VBox main = new VBox(previews(), notesPane());
        main.getStyleClass().add(Styles.CONSOLE_MAIN);
        main.setPrefWidth(0);
        HBox.setHgrow(main, Priority.ALWAYS);
        current.prefWidthProperty().bind(main.widthProperty().multiply(CURRENT_SHARE));
        upcoming.prefWidthProperty().bind(main.widthProperty().multiply(NEXT_SHARE));
        for (FittedSlide preview : List.of(current, upcoming)) {
            preview.prefHeightProperty().bind(preview.prefWidthProperty().multiply(Slide.HEIGHT / Slide.WIDTH));
            preview.setMinHeight(Region.USE_PREF_SIZE);
            preview.getStyleClass().add(Styles.CONSOLE_PREVIEW);
        }
        HBox body = new HBox(main, panels);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox root = new VBox(bar, body);
        following = viewModel.placeProperty().subscribe((old, place) -> {
            panels.getSelectionModel().select(place.panel());
            refresh();
        });
        tick();
        return root;
    }

    private ListView<Panel> panelList(ReaderViewModel reader) {
        ListView<Panel> panels = new ListView<>(reader.getPanels());
        panels.setId("console-panels");
        panels.setAccessibleText("Panels");
        panels.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Panel panel, boolean empty) {
                super.updateItem(panel, empty);
                setText(empty || panel == null ? null : (getIndex() + 1) + "  " + panel.title());
            }
        });
        panels.setOnMouseClicked(event -> reader.select(panels.getSelectionModel().getSelectedIndex()));
        panels.setPrefWidth(260);
        panels.setMinWidth(Region.USE_PREF_SIZE);
        panels.getSelectionModel().select(reader.selectedIndexProperty().get());
        return panels;
    }

    private HBox previews() {
        Label now = label(Styles.CONSOLE_HEADING);
        now.setText("Now");
        VBox shownBox = new VBox(now, current);
        VBox nextBox = new VBox(next, upcoming);
        shownBox.getStyleClass().add(Styles.CONSOLE_COLUMN);
        nextBox.getStyleClass().add(Styles.CONSOLE_COLUMN);
        HBox previews = new HBox(shownBox, nextBox);
        previews.getStyleClass().add(Styles.CONSOLE_ROW);
        return previews;
    }

    private VBox notesPane() {
        Label heading = label(Styles.CONSOLE_HEADING);
        heading.setText("Speaker notes");
        Button smaller = button("A−", () -> resizeNotes(-2), "Smaller notes");
        Button larger = button("A+", () -> resizeNotes(2), "Larger notes");
        HBox tools = new HBox(heading, smaller, larger);
        tools.getStyleClass().add(Styles.CONSOLE_ROW);
        notes.getStyleClass().add(Styles.CONSOLE_NOTES);
        notes.setId("console-notes");
        ScrollPane scroller = new ScrollPane(notes);
        scroller.setFitToWidth(true);
        VBox.setVgrow(scroller, Priority.ALWAYS);
        VBox pane = new VBox(tools, scroller);
        VBox.setVgrow(pane, Priority.ALWAYS);
        return pane;
    }

    private void refresh() {
        ReaderViewModel reader = viewModel.getReader();
        Place place = viewModel.placeProperty().get();
        Panel shown = place.panel() < 0 ? null : reader.getPanels().get(place.panel());
        position.setText(viewModel.positionTextProperty().get() + (shown == null ? "" : " · " + shown.title()));
        if (place.panel() >= 0) {
            current.show(Slides.at(viewModel, place, Slide.Viewer.PRESENTER));
        }
        Optional<Place> comingUp = viewModel.nextPlace();
        comingUp.ifPresentOrElse(nextPlace -> upcoming.show(Slides.at(viewModel, nextPlace, Slide.Viewer.PRESENTER)),
                upcoming::clear);
        next.setText(comingUp.map(nextPlace -> upNext(place, nextPlace)).orElse("Next: end of the briefing"));
        showNotes(shown);
    }

    /** "Next: the next list item" within a page; otherwise the title of the page next, such as "Trade (2/2)". */
    private String upNext(Place place, Place nextPlace) {
        Step now = viewModel.stepsOf(place.panel()).get(place.step());
        Step then = viewModel.stepsOf(nextPlace.panel()).get(nextPlace.step());
        if (nextPlace.panel() == place.panel() && then.page() == now.page()) {
            return "Next: the next list item";
        }
        Panel panel = viewModel.getReader().getPanels().get(nextPlace.panel());
        return "Next: " + SlidePage.titleOf(panel, then.page(), then.pageCount());
    }

    /** Shows the notes of {@code panel} at the size chosen; a step within the panel leaves them as they are. */
    private void showNotes(Panel panel) {
        if (panel == notesPanel && notesSize == notesPanelSize) {
            return;
        }
        notesPanel = panel;
        notesPanelSize = notesSize;
        notes.getChildren().clear();
        if (panel != null) {
            for (String note : panel.speakerNotes()) {
                Label line = new Label("• " + note);
                line.setWrapText(true);
                line.setMinHeight(Region.USE_PREF_SIZE);
                line.setFont(Font.font(AppFonts.FAMILY, notesSize));
                notes.getChildren().add(line);
            }
        }
    }

    private void resizeNotes(double step) {
        notesSize = Math.max(MIN_NOTES_SIZE, Math.min(MAX_NOTES_SIZE, notesSize + step));
        refresh();
    }

    private void tick() {
        elapsed.setText(timer.display() + (timer.isPaused() ? " (paused)" : ""));
        clock.setText(LocalTime.now().format(CLOCK));
    }

    private static Label label(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        return label;
    }

    private static Button button(String text, Runnable action, String description) {
        Button button = new Button(text);
        button.setAccessibleText(description);
        if (action != null) {
            button.setOnAction(event -> action.run());
        }
        return button;
    }
}
