package org.briefingviewer.app;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.shape.Rectangle;

/**
 * Measures start-up: prints {@code <what>-ms <milliseconds since the JVM started>} once a frame has been drawn.
 * {@code first-frame-ms} is the first frame that shows the first panel, painted. With it comes
 * {@code jvm-start-epoch-ms}, so that a caller who noted when it launched the process can add the time its
 * launcher took before the JVM started.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    /**
     * Prints {@code first-frame-ms} once {@code scene}, just shown, has been drawn, and exits: in the pulse after the
     * one that lays it out, the render thread has that frame (it may still be painting it), and a snapshot is a job
     * it takes only after the frames handed to it before.
     */
    public static void reportFirstFrame(Scene scene) {
        Runnable[] listener = new Runnable[1];
        int[] pulses = {0};
        listener[0] = () -> {
            if (++pulses[0] == 1) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            new Rectangle(1, 1).snapshot(null, null);
            System.out.println("first-frame-ms " + (System.currentTimeMillis() - jvmStartEpochMillis()));
            System.out.println("jvm-start-epoch-ms " + jvmStartEpochMillis());
            System.out.flush();
            Platform.exit();
            System.exit(0);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    private static long jvmStartEpochMillis() {
        return ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
