package org.briefingviewer.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.briefingviewer.presenter.AudienceView;
import org.briefingviewer.presenter.PresentationViewModel;
import org.briefingviewer.reader.ReaderViewModel;

/**
 * Time for the room's view to take a presenter's "next": step, then apply CSS and lay out the audience scene, as a
 * pulse does before it draws. Run under a display: {@code PresenterStepBenchmark PANELS}. A step comes every
 * {@value #FRAMES_PER_STEP}th frame, as in {@link PanelSwitchBenchmark}.
 */
public final class PresenterStepBenchmark {

    private static final int STEPS = 300;
    private static final int WARM_UP = 50;
    private static final int FRAMES_PER_STEP = 5;

    private PresenterStepBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int panels = Integer.parseInt(args[0]);
        CompletableFuture<List<Double>> result = new CompletableFuture<>();
        Platform.startup(() -> {
            PresentationViewModel presentation =
                    new PresentationViewModel(new ReaderViewModel(SyntheticBriefings.generate(panels, 42)));
            Parent room = AudienceView.open(new Stage(), presentation, List.of()).getScene().getRoot();
            presentation.start(false);
            List<Double> millis = new ArrayList<>();
            new AnimationTimer() {
                private int frame;
                private int steps;

                @Override
                public void handle(long now) {
                    if (frame++ % FRAMES_PER_STEP != 0) {
                        return;
                    }
                    long start = System.nanoTime();
                    presentation.next();
                    room.applyCss();
                    room.layout();
                    if (steps++ >= WARM_UP) {
                        millis.add((System.nanoTime() - start) / 1e6);
                    }
                    if (steps == WARM_UP + STEPS) {
                        stop();
                        result.complete(millis);
                    }
                }
            }.start();
        });
        List<Double> millis = result.get();
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "| %d | %.1f | %.1f | %.1f |%n", panels, millis.get(millis.size() / 2),
                millis.get((int) (millis.size() * 0.95)), millis.get(millis.size() - 1));
        Platform.exit();
    }
}
