package org.briefingviewer.benchmark;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.briefingviewer.presenter.PresentationViewModel;
import org.briefingviewer.presenter.TalkOpener;
import org.briefingviewer.reader.ReaderView;
import org.briefingviewer.reader.ReaderViewModel;

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
            ReaderView view = ReaderView.show(new Stage(), reader, 1280, 800);
            PresentationViewModel presentation = new PresentationViewModel(reader);
            TalkOpener.begin(presentation, view.getScene().getWindow(), view.getScene().getStylesheets());
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
