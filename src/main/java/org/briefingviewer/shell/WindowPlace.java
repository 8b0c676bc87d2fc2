package org.briefingviewer.shell;

import javafx.stage.Screen;
import javafx.stage.Stage;

/** Where the window is and how large, as the reader left it. */
public record WindowPlace(double x, double y, double width, double height, boolean maximized) {

    static WindowPlace of(Stage stage, WindowPlace before) {
        if (stage.isMaximized()) {
            return before == null ? null : new WindowPlace(before.x, before.y, before.width, before.height, true);
        }
        return new WindowPlace(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
    }

    /** Moves {@code stage} here and answers true, unless no screen shows this place any longer. */
    boolean applyTo(Stage stage) {
        if (Screen.getScreensForRectangle(x, y, width, height).isEmpty()) {
            return false;
        }
        stage.setX(x);
        stage.setY(y);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setMaximized(maximized);
        return true;
    }
}
