package org.briefingviewer.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

/**
 * Times an action in the window every {@value #FRAMES_PER_RUN}th frame (twelve a second, faster than anyone pages),
 * so that the window does between runs what it does between a reader's: draws, and readies what comes next. A run
 * counts the action, taken at the start of a pulse, and that pulse's CSS and layout passes in each of the given
 * scenes: the JavaFX thread's work before the frame can be drawn. It leaves out the time a pulse waits for the
 * render thread to finish the frame before, which here, with Prism's software pipeline drawing every window, says
 * more about this machine than about the app. (Calling {@code applyCss()} on a scene's root instead would restyle
 * the whole scene, which a pulse never does.)
 *
 * <p>Work a run leaves for later frames (the rest of a panel, the panel readied next, the panel list catching up) is
 * reported apart: for each run, the busiest of the frames after it, as the JavaFX thread's processor time from one
 * frame's start to the next's (events and the pulse), which shows whether that work in turn costs a frame.
 */
final class PacedRuns {

    static final int WARM_UP = 50;
    static final int TIMED = 300;
    private static final int FRAMES_PER_RUN = 5;

    private PacedRuns() {
    }

    /** What was timed, in milliseconds, each list sorted. */
    record Timings(List<Double> runs, List<Double> busiestFramesAfter) {
    }

    /** Starts timing {@code action} on the FX thread; completes with the timings. */
    static CompletableFuture<Timings> start(List<Scene> scenes, Runnable action) {
        CompletableFuture<Timings> result = new CompletableFuture<>();
        List<Double> millis = new ArrayList<>();
        List<Double> framesAfter = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] passes = {0};
        boolean[] timing = {false};
        for (Scene scene : scenes) {
            long[] passStart = {0};
            scene.addPreLayoutPulseListener(() -> passStart[0] = System.nanoTime());
            scene.addPostLayoutPulseListener(() -> {
                if (timing[0]) {
                    passes[0] += System.nanoTime() - passStart[0];
                }
            });
        }
        new AnimationTimer() {
            private int frame;
            private int runs;
            private long acting;
            private long frameStartCpu = -1;
            private long busiestAfter;

            @Override
            public void handle(long now) {
                long cpu = threads.getCurrentThreadCpuTime();
                if (frame % FRAMES_PER_RUN != 1 && frameStartCpu >= 0) {
                    busiestAfter = Math.max(busiestAfter, cpu - frameStartCpu);
                }
                frameStartCpu = cpu;
                if (timing[0]) {
                    timing[0] = false;
                    record(acting + passes[0]);
                }
                if (frame++ % FRAMES_PER_RUN == 0) {
                    if (runs > WARM_UP) {
                        framesAfter.add(busiestAfter / 1e6);
                    }
                    busiestAfter = 0;
                    long start = System.nanoTime();
                    action.run();
                    acting = System.nanoTime() - start;
                    passes[0] = 0;
                    timing[0] = true;
                }
            }

            private void record(long nanos) {
                if (runs++ >= WARM_UP) {
                    millis.add(nanos / 1e6);
                }
                if (runs == WARM_UP + TIMED) {
                    stop();
                    Collections.sort(millis);
                    Collections.sort(framesAfter);
                    result.complete(new Timings(millis, framesAfter));
                }
            }
        }.start();
        return result;
    }

    /** {@code | median | p95 | max | p95 of the busiest frame after |}. */
    static String figures(Timings timings) {
        List<Double> millis = timings.runs();
        return String.format(Locale.ROOT, "| %.1f | %.1f | %.1f | %.1f |", millis.get(millis.size() / 2),
                p95(millis), millis.get(millis.size() - 1), p95(timings.busiestFramesAfter()));
    }

    private static double p95(List<Double> sorted) {
        return sorted.get((int) (sorted.size() * 0.95));
    }
}
