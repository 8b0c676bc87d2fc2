package org.briefingviewer.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Runs tasks on the FX thread in the order given, as events after pulses, so that work put off until after a frame
 * (a panel or slide readied ahead, in several windows at once) never piles into one frame: after a pulse, tasks run
 * until one turn has taken 2 ms, an eighth of a frame. Readying a panel or slide takes longer, so each gets a frame
 * of its own; a task that finds nothing left to do, or a small one, leaves room for the next. FX thread only.
 */
final class FrameShares {

    private static final long SHARE_NANOS = 2_000_000;
    private static final Deque<Runnable> WAITING = new ArrayDeque<>();
    private static final AnimationTimer PACER = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (WAITING.isEmpty()) {
                stop();
                running = false;
            } else {
                Platform.runLater(FrameShares::runShare);
            }
        }
    };
    private static boolean running;

    private FrameShares() {
    }

    /** Runs {@code task} after the pulse under way, or after a later one if others are waiting. */
    static void add(Runnable task) {
        WAITING.add(task);
        if (!running) {
            running = true;
            PACER.start();
            Platform.runLater(FrameShares::runShare);
        }
    }

    private static void runShare() {
        long start = System.nanoTime();
        while (!WAITING.isEmpty() && System.nanoTime() - start < SHARE_NANOS) {
            WAITING.poll().run();
        }
    }
}
