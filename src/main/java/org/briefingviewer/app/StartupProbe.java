package org.briefingviewer.app;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.shape.Rectangle;
import org.briefingviewer.ui.NextFrame;

/**
 * Measures start-up: prints {@code <what>-ms <milliseconds since the JVM started>} once a frame has been drawn.
 * {@code first-frame-ms} is the first frame that shows the first panel, painted. With it comes
 * {@code jvm-start-epoch-ms}, so that a caller who noted when it launched the process can add the time its
 * launcher took before the JVM started.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    /** Prints {@code first-frame-ms} once {@code scene}, just shown, has been drawn, and exits. */
    public static void reportFirstFrame(Scene scene) {
        NextFrame.then(scene, () -> {
            printFirstFrameOnceDrawn();
            exit();
        });
    }

    /**
     * Prints once the render thread has finished the frames handed to it. Called in the pulse after the one that
     * laid a scene out, it waits for that scene's frame: JavaFX starts the next pulse while the render thread may
     * still be painting, and a snapshot is a job for the render thread that it takes only after those before it.
     */
    static void printOnceDrawn(String what) {
        new Rectangle(1, 1).snapshot(null, null);
        System.out.println(what + " " + (System.currentTimeMillis() - jvmStartEpochMillis()));
        System.out.flush();
    }

    static void printFirstFrameOnceDrawn() {
        printOnceDrawn("first-frame-ms");
        System.out.println("jvm-start-epoch-ms " + jvmStartEpochMillis());
        System.out.flush();
    }

    private static long jvmStartEpochMillis() {
        return ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    static void exit() {
        Platform.exit();
        System.exit(0);
    }
}
