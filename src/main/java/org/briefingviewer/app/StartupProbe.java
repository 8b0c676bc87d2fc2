package org.briefingviewer.app;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Measures time to first frame: waits until a pulse has passed after the scene's first layout, so the first
 * panel has been drawn, then prints {@code first-frame-ms <milliseconds since the JVM started>} and exits.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void reportFirstFrame(Scene scene) {
        Runnable[] listener = new Runnable[1];
        int[] pulses = {0};
        listener[0] = () -> {
            pulses[0]++;
            if (pulses[0] == 1) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("first-frame-ms " + millis);
            System.out.flush();
            Platform.exit();
            System.exit(0);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
