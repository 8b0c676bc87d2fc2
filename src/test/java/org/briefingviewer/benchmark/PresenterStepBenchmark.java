package org.briefingviewer.benchmark;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.briefingviewer.presenter.AudienceView;
import org.briefingviewer.presenter.PresentationViewModel;
import org.briefingviewer.reader.ReaderViewModel;

/**
 * Time for the room's view to take a presenter's "next": step, then apply CSS and lay out the audience scene, as a
 * pulse does before it draws. Run under a display: {@code PresenterStepBenchmark PANELS}. Steps are paced as in
 * {@link PanelSwitchBenchmark}.
 */
public final class PresenterStepBenchmark {

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
            PacedRuns.start(() -> {
                presentation.next();
                room.applyCss();
                room.layout();
            }).thenAccept(result::complete);
        });
        System.out.println("| " + panels + " " + PacedRuns.figures(result.get()));
        Platform.exit();
    }
}
