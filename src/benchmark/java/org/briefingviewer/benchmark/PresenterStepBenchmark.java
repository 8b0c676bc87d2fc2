package org.briefingviewer.benchmark;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.briefingviewer.presenter.PresentFeature;
import org.briefingviewer.presenter.PresentationViewModel;
import org.briefingviewer.reader.ReaderViewModel;
import org.briefingviewer.reader.ReadingFeature;
import org.briefingviewer.shell.Shell;

/**
 * Time for a talk to take a presenter's "next": step, and the pulse's CSS and layout passes that follow in every
 * window (the reader's, the room's and, with {@code console}, the presenter's console). Run under a display:
 * {@code PresenterStepBenchmark PANELS [console]}. Steps are paced as in {@link PanelSwitchBenchmark}; at the end
 * of the briefing the talk starts again from the first panel.
 */
public final class PresenterStepBenchmark {

    private PresenterStepBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int panels = Integer.parseInt(args[0]);
        boolean withConsole = args.length > 1 && args[1].equals("console");
        CompletableFuture<PacedRuns.Timings> result = new CompletableFuture<>();
        Platform.startup(() -> {
            ReaderViewModel reader = new ReaderViewModel(SyntheticBriefings.generate(panels, 42));
            PresentationViewModel presentation = new PresentationViewModel(reader);
            Shell shell = Shell.open(new Stage(), 1280, 800, List.of(new ReadingFeature(reader, link -> { }),
                    new PresentFeature(presentation)));
            ((Button) shell.root().lookup("#present-button")).fire();
            if (withConsole && !presentation.consoleShownProperty().get()) {
                presentation.showConsole();
            }
            List<Scene> scenes = Window.getWindows().stream().map(Window::getScene).toList();
            PacedRuns.start(scenes, () -> {
                if (presentation.nextPlace().isEmpty()) {
                    presentation.first();
                } else {
                    presentation.next();
                }
            }).thenAccept(result::complete);
        });
        System.out.println("| " + panels + " | " + (withConsole ? "room and console" : "room") + " "
                + PacedRuns.figures(result.get()));
        Platform.exit();
    }
}
