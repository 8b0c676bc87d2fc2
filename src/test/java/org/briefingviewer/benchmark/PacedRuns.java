package org.briefingviewer.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;

/**
 * Times an action in the window every {@value #FRAMES_PER_RUN}th frame (twelve a second, faster than anyone pages),
 * so that the window does between runs what it does between a reader's: draws, and readies what comes next.
 */
final class PacedRuns {

    static final int WARM_UP = 50;
    static final int TIMED = 300;
    private static final int FRAMES_PER_RUN = 5;

    private PacedRuns() {
    }

    /** Starts timing {@code action} on the FX thread; completes with the timed milliseconds, sorted. */
    static CompletableFuture<List<Double>> start(Runnable action) {
        CompletableFuture<List<Double>> result = new CompletableFuture<>();
        List<Double> millis = new ArrayList<>();
        new AnimationTimer() {
            private int frame;
            private int runs;

            @Override
            public void handle(long now) {
                if (frame++ % FRAMES_PER_RUN != 0) {
                    return;
                }
                long start = System.nanoTime();
                action.run();
                if (runs++ >= WARM_UP) {
                    millis.add((System.nanoTime() - start) / 1e6);
                }
                if (runs == WARM_UP + TIMED) {
                    stop();
                    Collections.sort(millis);
                    result.complete(millis);
                }
            }
        }.start();
        return result;
    }

    /** {@code | median | p95 | max |} of sorted {@code millis}. */
    static String figures(List<Double> millis) {
        return String.format(Locale.ROOT, "| %.1f | %.1f | %.1f |", millis.get(millis.size() / 2),
                millis.get((int) (millis.size() * 0.95)), millis.get(millis.size() - 1));
    }
}
