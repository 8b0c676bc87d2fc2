package org.briefingviewer.presenter;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.css.PseudoClass;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.briefingviewer.help.KeyHelp;
import org.briefingviewer.help.KeyReference;
import org.briefingviewer.model.Panel;
import org.briefingviewer.presenter.PresentationViewModel.Screen;
import org.briefingviewer.reader.PanelView;
import org.briefingviewer.reader.ReaderViewModel;
import org.briefingviewer.ui.Styles;

/**
 * What the room sees: the panel on a 16:9 stage in large type, scaled to fit any screen without scroll bars,
 * with the handling marking, full screen, and the cursor hidden when the mouse rests.
 */
public final class AudienceView {

    static final double STAGE_WIDTH = 1600;
    static final double STAGE_HEIGHT = 900;
    static final int OVERVIEW_COLUMNS = 4;
    private static final Duration CURSOR_IDLE = Duration.seconds(2);
    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");

    private final PresentationViewModel viewModel;
    private final Pane slide = new VBox();
    private final StackPane root;

    private AudienceView(PresentationViewModel viewModel) {
        this.viewModel = viewModel;
        slide.getStyleClass().add(Styles.AUDIENCE_SLIDE);
        slide.setPrefSize(STAGE_WIDTH, STAGE_HEIGHT);
        slide.setMinSize(STAGE_WIDTH, STAGE_HEIGHT);
        slide.setMaxSize(STAGE_WIDTH, STAGE_HEIGHT);
        slide.setClip(new Rectangle(STAGE_WIDTH, STAGE_HEIGHT));
        Scale scale = new Scale();
        slide.getTransforms().add(scale);
        Region blank = new Region();
        blank.visibleProperty().bind(viewModel.screenProperty().isNotEqualTo(Screen.PANEL));
        viewModel.screenProperty().addListener((obs, old, screen) -> blank.getStyleClass().setAll(
                screen == Screen.WHITE ? Styles.BLANK_WHITE : Styles.BLANK_BLACK));
        blank.getStyleClass().setAll(Styles.BLANK_BLACK);
        VBox help = KeyHelp.table("Keys while presenting", KeyReference.PRESENTING);
        help.getStyleClass().add(Styles.KEY_HELP_OVERLAY);
        help.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        help.visibleProperty().bind(viewModel.helpShownProperty());
        root = new StackPane(new Group(slide), blank, overview(), help);
        root.getStyleClass().add(Styles.AUDIENCE);
        root.setAlignment(Pos.CENTER);
        scale.xProperty().bind(Bindings.createDoubleBinding(() -> Math.min(root.getWidth() / STAGE_WIDTH,
                root.getHeight() / STAGE_HEIGHT), root.widthProperty(), root.heightProperty()));
        scale.yProperty().bind(scale.xProperty());
        ReaderViewModel reader = viewModel.getReader();
        reader.selectedPanelProperty().addListener((obs, old, panel) -> show(panel));
    }

    /** Opens the audience view full screen on {@code stage}, styled like {@code stylesheets}. */
    public static Stage open(Stage stage, PresentationViewModel viewModel, List<String> stylesheets) {
        AudienceView view = new AudienceView(viewModel);
        Scene scene = new Scene(view.root, STAGE_WIDTH / 2, STAGE_HEIGHT / 2);
        scene.getStylesheets().setAll(stylesheets);
        view.show(viewModel.getReader().getSelectedPanel());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (PresentationKeys.handle(viewModel, event)) {
                event.consume();
            }
        });
        hideCursorWhenIdle(scene);
        stage.setScene(scene);
        stage.setTitle("Presenting — " + viewModel.getReader().getBriefing().metadata().title());
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreen(true);
        stage.show();
        viewModel.presentingProperty().addListener((obs, was, now) -> {
            if (!now) {
                stage.close();
            }
        });
        stage.setOnHidden(event -> viewModel.stop());
        return stage;
    }

    /** All panels as numbered tiles; the chosen one is marked. Built when opened, so it shows the briefing now. */
    private ScrollPane overview() {
        TilePane tiles = new TilePane();
        tiles.setPrefColumns(OVERVIEW_COLUMNS);
        tiles.getStyleClass().add(Styles.OVERVIEW_TILES);
        ScrollPane overview = new ScrollPane(tiles);
        overview.setFitToWidth(true);
        overview.getStyleClass().add(Styles.OVERVIEW);
        overview.visibleProperty().bind(viewModel.overviewShownProperty());
        viewModel.overviewShownProperty().addListener((obs, was, shown) -> {
            if (shown) {
                fillTiles(tiles);
            }
        });
        viewModel.overviewChoiceProperty().addListener((obs, old, chosen) -> markChoice(tiles, chosen.intValue()));
        return overview;
    }

    private void fillTiles(TilePane tiles) {
        List<Panel> panels = viewModel.getReader().getPanels();
        tiles.getChildren().clear();
        for (int index = 0; index < panels.size(); index++) {
            Label number = new Label(Integer.toString(index + 1));
            number.getStyleClass().add(Styles.TILE_NUMBER);
            Label title = new Label(panels.get(index).title());
            title.getStyleClass().add(Styles.TILE_TITLE);
            title.setWrapText(true);
            VBox tile = new VBox(number, title);
            tile.getStyleClass().add(Styles.OVERVIEW_TILE);
            int chosen = index;
            tile.setOnMouseClicked(event -> {
                viewModel.moveOverviewChoice(chosen - viewModel.overviewChoiceProperty().get());
                viewModel.pickOverviewChoice();
            });
            tiles.getChildren().add(tile);
        }
        markChoice(tiles, viewModel.overviewChoiceProperty().get());
    }

    private static void markChoice(TilePane tiles, int chosen) {
        for (int index = 0; index < tiles.getChildren().size(); index++) {
            tiles.getChildren().get(index).pseudoClassStateChanged(CHOSEN, index == chosen);
        }
    }

    private void show(Panel panel) {
        if (panel == null) {
            slide.getChildren().clear();
            return;
        }
        Label marking = new Label(viewModel.getReader().getBriefing().metadata().handling());
        marking.getStyleClass().add(Styles.HANDLING);
        StackPane header = new StackPane(marking);
        header.setAlignment(Pos.TOP_RIGHT);
        PanelView panelView = new PanelView(viewModel.getReader().getBriefing(), panel, link -> { });
        panelView.getStyleClass().add(Styles.AUDIENCE_PANEL);
        slide.getChildren().setAll(header, new Group(panelView));
        fitToSlide(panelView, header);
    }

    /** A panel taller than the stage is shrunk to fit, so nothing is ever cut off; needs the slide in a scene. */
    private void fitToSlide(PanelView panelView, Region header) {
        slide.applyCss();
        double width = STAGE_WIDTH - slide.snappedLeftInset() - slide.snappedRightInset();
        double room = STAGE_HEIGHT - slide.snappedTopInset() - slide.snappedBottomInset() - header.prefHeight(width);
        panelView.setMinWidth(width);
        panelView.setPrefWidth(width);
        panelView.setMaxWidth(width);
        double height = panelView.prefHeight(width);
        double shrink = height > room ? room / height : 1;
        panelView.getTransforms().setAll(new Scale(shrink, shrink, 0, 0));
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
