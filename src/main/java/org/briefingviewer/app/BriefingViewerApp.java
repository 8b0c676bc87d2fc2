package org.briefingviewer.app;

import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.reader.ReaderView;
import org.briefingviewer.reader.ReaderViewModel;

/** The JavaFX application; {@link Main} decides what it opens. */
public final class BriefingViewerApp extends Application {

    private static final double PREFERRED_WIDTH = 1280;
    private static final double PREFERRED_HEIGHT = 800;

    private static Briefing briefing;
    private static String panelId;

    static void startWith(Briefing briefingToShow, String panelToShow) {
        briefing = briefingToShow;
        panelId = panelToShow;
    }

    @Override
    public void start(Stage stage) {
        ReaderViewModel viewModel = new ReaderViewModel(briefing);
        if (panelId != null) {
            viewModel.select(panelId);
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(PREFERRED_WIDTH, screen.getWidth());
        double height = Math.min(PREFERRED_HEIGHT, screen.getHeight());
        ReaderView.show(stage, viewModel, width, height);
    }
}
