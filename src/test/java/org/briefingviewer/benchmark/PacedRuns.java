package org.briefingviewer.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

/**
 * Times an action in the window every {@value #FRAMES_PER_RUN}th frame (twelve a second, faster than anyone pages),
 * so that the window does between runs what it does between a reader's: draws, and readies what comes next. A run
 * is timed from the action, taken at the start of a pulse, to the end of that pulse's CSS and layout passes in the
 * last of the given scenes: the work the pulse must finish before it can draw. (Calling {@code applyCss()} on a
 * scene's root instead would restyle the whole scene, which a pulse never does.)
 */
final class PacedRuns {

    static final int WARM_UP = 50;
    static final int TIMED = 300;
    private static final int FRAMES_PER_RUN = 5;

    private PacedRuns() {
    }

    /** Starts timing {@code action} on the FX thread; completes with the timed milliseconds, sorted. */
    static CompletableFuture<List<Double>> start(List<Scene> scenes, Runnable action) {
        CompletableFuture<List<Double>> result = new CompletableFuture<>();
        List<Double> millis = new ArrayList<>();
        Map<Scene, Long> laidOut = new HashMap<>();
        scenes.forEach(scene -> scene.addPostLayoutPulseListener(() -> laidOut.putIfAbsent(scene, System.nanoTime())));
        new AnimationTimer() {
            private int frame;
            private int runs;
            private long start;

            @Override
            public void handle(long now) {
                if (start != 0 && !laidOut.isEmpty()) {
                    record(Collections.max(laidOut.values()) - start);
                }
                start = 0;
                if (frame++ % FRAMES_PER_RUN == 0) {
                    laidOut.clear();
                    start = System.nanoTime();
                    action.run();
                }
            }

            private void record(long nanos) {
                if (runs++ >= WARM_UP) {
                    millis.add(nanos / 1e6);
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
