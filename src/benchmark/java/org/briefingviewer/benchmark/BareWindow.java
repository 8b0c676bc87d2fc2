package org.briefingviewer.benchmark;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.briefingviewer.app.StartupProbe;

/** The smallest JavaFX window, with the same first-frame probe as the application, for comparison. */
public final class BareWindow extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("Bare JavaFX window")), 1280, 800);
        stage.setScene(scene);
        stage.show();
        StartupProbe.reportFirstFrame(scene);
    }
}
