package org.briefingviewer.benchmark;

import atlantafx.base.theme.PrimerLight;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.briefingviewer.app.StartupProbe;
import org.kordamp.ikonli.javafx.FontIcon;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A window that asks of the viewer's libraries only what its first frame does, started the way the viewer starts:
 * JavaFX on its own thread while the main thread parses a command line with picocli and reads the embedded briefing
 * with Jackson; then AtlantaFX's Primer, the briefing's title and one Ikonli icon. With the probe of
 * {@link BareWindow}, it shows what the libraries alone add to a start, before any of the viewer's own work.
 */
public final class LibrariesWindow extends Application {

    private static final String BRIEFING = "/org/briefingviewer/briefings/korea-us-summit.json";
    private static final CompletableFuture<Map<String, Object>> READ = new CompletableFuture<>();

    public static void main(String[] args) {
        Thread toolkit = new Thread(() -> launch(LibrariesWindow.class, args), "libraries-window-toolkit");
        toolkit.start();
        new CommandLine(new Options()).execute("--panel", "overview");
        try (InputStream json = LibrariesWindow.class.getResourceAsStream(BRIEFING)) {
            READ.complete(JSON.std.mapFrom(json));
        } catch (IOException | RuntimeException failure) {
            READ.completeExceptionally(failure);
        }
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
        Map<?, ?> metadata = (Map<?, ?>) READ.join().get("metadata");
        Scene scene = new Scene(new VBox(new Label(String.valueOf(metadata.get("title"))),
                new Label("Search", new FontIcon("fth-search"))), 1280, 800);
        stage.setScene(scene);
        stage.show();
        StartupProbe.reportFirstFrame(scene);
    }

    @Command(name = "libraries-window", mixinStandardHelpOptions = true)
    static final class Options implements Callable<Integer> {

        @Option(names = "--panel")
        String panel;

        @Override
        public Integer call() {
            return 0;
        }
    }
}
