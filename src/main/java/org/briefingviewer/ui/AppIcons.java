package org.briefingviewer.ui;

import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The application icon from {@code assets/icons}, in the sizes window managers ask for. */
public final class AppIcons {

    private static final List<Integer> SIZES = List.of(32, 64, 256);

    private AppIcons() {
    }

    /** Gives {@code stage} the icons as each finishes decoding in the background, so no window waits for them. */
    public static void applyTo(Stage stage) {
        for (int size : SIZES) {
            String resource = "/org/briefingviewer/assets/icons/briefing-viewer-" + size + ".png";
            Image icon = new Image(AppIcons.class.getResource(resource).toExternalForm(), true);
            icon.progressProperty().addListener((obs, old, progress) -> {
                if (progress.doubleValue() >= 1 && !icon.isError()) {
                    stage.getIcons().add(icon);
                }
            });
        }
    }
}
