package org.briefingviewer.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.reader.ReaderView;
import org.briefingviewer.reader.ReaderViewModel;

/**
 * Time to switch panels in the real window: select a panel, then apply CSS and lay out the scene, as a pulse
 * does before it draws. Run under a display: {@code PanelSwitchBenchmark PANELS [random|next]}: jumps to random
 * panels (the default), or steps to the next panel as a reader paging through does. A switch comes every
 * {@value #FRAMES_PER_SWITCH}th frame (twelve a second, faster than anyone pages), so the window does between
 * switches what it does between a reader's: draws, and readies the neighbouring panels.
 */
public final class PanelSwitchBenchmark {

    private static final int SWITCHES = 300;
    private static final int WARM_UP = 50;
    private static final int FRAMES_PER_SWITCH = 5;

    private PanelSwitchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int panels = Integer.parseInt(args[0]);
        boolean stepping = args.length > 1 && args[1].equals("next");
        Briefing briefing = SyntheticBriefings.generate(panels, 42);
        CompletableFuture<List<Double>> result = new CompletableFuture<>();
        Platform.startup(() -> {
            ReaderViewModel viewModel = new ReaderViewModel(briefing);
            Parent root = ReaderView.show(new Stage(), viewModel, 1280, 800);
            Random random = new Random(7);
            List<Double> millis = new ArrayList<>();
            new AnimationTimer() {
                private int frame;
                private int switches;

                @Override
                public void handle(long now) {
                    if (frame++ % FRAMES_PER_SWITCH != 0) {
                        return;
                    }
                    long start = System.nanoTime();
                    viewModel.select(stepping ? (switches + 1) % panels : random.nextInt(panels));
                    root.applyCss();
                    root.layout();
                    if (switches++ >= WARM_UP) {
                        millis.add((System.nanoTime() - start) / 1e6);
                    }
                    if (switches == WARM_UP + SWITCHES) {
                        stop();
                        result.complete(millis);
                    }
                }
            }.start();
        });
        List<Double> millis = result.get();
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "| %d | %s | %.1f | %.1f | %.1f |%n", panels, stepping ? "next" : "random",
                millis.get(millis.size() / 2),
                millis.get((int) (millis.size() * 0.95)), millis.get(millis.size() - 1));
        Platform.exit();
    }
}
