package org.briefingviewer.app;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.briefingviewer.ui.NextFrame;

/**
 * Measures start-up: prints {@code <what>-ms <milliseconds since the JVM started>} once a frame has been drawn.
 * {@code first-frame-ms} is the first frame that shows the first panel.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    /** Prints {@code first-frame-ms} once {@code scene}, just shown, has been drawn, and exits. */
    public static void reportFirstFrame(Scene scene) {
        NextFrame.then(scene, () -> {
            print("first-frame-ms");
            exit();
        });
    }

    static void print(String what) {
        long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(what + " " + millis);
        System.out.flush();
    }

    static void exit() {
        Platform.exit();
        System.exit(0);
    }
}
