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
            Set.of("--export-pdf", "--export-pptx", "--print", "--validate", "--convert", "--help", "-h", "--version", "-V");

    private final CompletableFuture<Boolean> display = new CompletableFuture<>();
    private final Runnable prepare;

    private ToolkitStart(Runnable prepare) {
        this.prepare = prepare;
    }

    /** @param prepare what the JavaFX thread does first, such as loading the theme, while the briefing is read */
    static ToolkitStart forArguments(Runnable prepare, String... args) {
        ToolkitStart start = new ToolkitStart(prepare);
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
            Platform.startup(this::prepareWindow);
        } catch (UnsupportedOperationException noDisplay) {
            display.complete(false);
        } catch (RuntimeException | Error failure) {
            display.completeExceptionally(failure);
        }
    }

    private void prepareWindow() {
        try {
            prepare.run();
            display.complete(true);
        } catch (RuntimeException failure) {
            display.completeExceptionally(failure);
        }
    }

    /** Waits for the start begun here, if any; {@code false} when it found no display. */
    boolean awaitDisplay() {
        return display.join();
    }
}
