package org.briefingviewer.app;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;

/**
 * Starts JavaFX on its own thread while the command line is parsed and the briefing read, so the two overlap,
 * unless the arguments ask for work without a window.
 */
final class ToolkitStart {

    private static final Set<String> WINDOWLESS_OPTIONS =
            Set.of("--export-pdf", "--validate", "--help", "-h", "--version", "-V");

    private final CompletableFuture<Boolean> display = new CompletableFuture<>();

    private ToolkitStart() {
    }

    static ToolkitStart forArguments(String... args) {
        ToolkitStart start = new ToolkitStart();
        if (Arrays.stream(args).anyMatch(ToolkitStart::isWindowless)) {
            start.display.complete(true);
        } else {
            Thread thread = new Thread(start::startToolkit, "briefing-viewer-toolkit-start");
            thread.setDaemon(true);
            thread.start();
        }
        return start;
    }

    static boolean isWindowless(String argument) {
        return WINDOWLESS_OPTIONS.contains(argument.split("=", 2)[0]);
    }

    private void startToolkit() {
        try {
            Platform.startup(() -> display.complete(true));
        } catch (UnsupportedOperationException noDisplay) {
            display.complete(false);
        } catch (RuntimeException | Error failure) {
            display.completeExceptionally(failure);
        }
    }

    /** Waits for the start begun here, if any; {@code false} when it found no display. */
    boolean awaitDisplay() {
        return display.join();
    }
}
