package org.briefingviewer.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs an action once the scene as it stands has been drawn: in the pulse after the one that lays it out, by when
 * that frame is the render thread's to paint (it may still be painting it).
 */
public final class NextFrame {

    private NextFrame() {
    }

    /** Runs {@code action} on the FX thread, inside that pulse. */
    public static void then(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        int[] pulses = {0};
        listener[0] = () -> {
            pulses[0]++;
            if (pulses[0] == 1) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /**
     * Runs {@code action} on the FX thread once the scene has been drawn, as an event of its own after a pulse, so
     * that what it changes is styled and laid out by the pulse after. Actions put off this way run in the order given,
     * spread over frames (see {@link FrameShares}): several windows readying what comes next never do it all in one
     * frame.
     */
    public static void thenLater(Scene scene, Runnable action) {
        then(scene, () -> FrameShares.add(action));
    }
}
