package org.briefingviewer.benchmark;

import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.reader.ReaderViewModel;
import org.briefingviewer.reader.ReadingFeature;
import org.briefingviewer.shell.Shell;

/**
 * Time to switch panels in the real window: select a panel, and the pulse's CSS and layout passes that follow. Run
 * under a display: {@code PanelSwitchBenchmark PANELS [random|next]}: jumps to random panels (the default), or
 * steps to the next panel as a reader paging through does. Switches are paced ({@link PacedRuns}): 300 timed
 * after 50 warm-up.
 */
public final class PanelSwitchBenchmark {

    private PanelSwitchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int panels = Integer.parseInt(args[0]);
        boolean stepping = args.length > 1 && args[1].equals("next");
        Briefing briefing = SyntheticBriefings.generate(panels, 42);
        CompletableFuture<PacedRuns.Timings> result = new CompletableFuture<>();
        Platform.startup(() -> {
            ReaderViewModel viewModel = new ReaderViewModel(briefing);
            Parent root = Shell.open(new Stage(), 1280, 800, List.of(new ReadingFeature(viewModel, link -> { })))
                    .root();
            Random random = new Random(7);
            int[] switches = {0};
            PacedRuns.start(List.of(root.getScene()),
                    () -> viewModel.select(stepping ? ++switches[0] % panels : random.nextInt(panels)))
                    .thenAccept(result::complete);
        });
        String order = stepping ? "next" : "random";
        System.out.println("| " + panels + " | " + order + " " + PacedRuns.figures(result.get()));
        Platform.exit();
    }
}
