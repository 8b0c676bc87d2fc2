package org.briefingviewer.app;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * What no part of the application caught: it is written to a log in the user data folder (and to the console), and
 * the reader is told in a sentence, rather than left with a window that silently did nothing.
 */
final class UnexpectedErrors implements Thread.UncaughtExceptionHandler {

    /** Past this size the log starts afresh, keeping the previous one beside it. */
    static final long MAX_LOG_BYTES = 1_000_000;

    private final Path log;
    private final PrintStream console;
    private final Executor ui;
    private final Consumer<String> tellReader;
    private String lastTold;

    /**
     * @param ui         runs {@code tellReader} on the JavaFX thread
     * @param tellReader shows a one-sentence message to the reader
     */
    UnexpectedErrors(Path log, PrintStream console, Executor ui, Consumer<String> tellReader) {
        this.log = log;
        this.console = console;
        this.ui = ui;
        this.tellReader = tellReader;
    }

    /** Handles every thread's uncaught exceptions, the JavaFX thread's included, from now on. */
    void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
    }

    /** Logs every occurrence, but tells the reader of a problem once while it repeats (as in every pulse). */
    @Override
    public synchronized void uncaughtException(Thread thread, Throwable error) {
        try {
            String details = details(thread, error);
            console.print(details);
            String message = message(error, record(details) ? log : null);
            if (!message.equals(lastTold)) {
                lastTold = message;
                ui.execute(() -> tellReader.accept(message));
            }
        } catch (Throwable whileReporting) {
            console.println("Briefing Viewer could not report an unexpected problem: " + whileReporting);
        }
    }

    /** @param recordedIn the log holding the details, or {@code null} when they could not be written */
    static String message(Throwable error, Path recordedIn) {
        String what = error.getMessage() == null ? error.getClass().getSimpleName()
                : error.getClass().getSimpleName() + ": " + error.getMessage();
        return "Something went wrong inside Briefing Viewer (" + what + "). What you were doing may not have "
                + "finished; your notes and settings are kept."
                + (recordedIn == null ? "" : " The details are in " + recordedIn + ".");
    }

    private static String details(Thread thread, Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return Instant.now() + " on thread " + thread.getName() + ": " + trace;
    }

    /** Whether the details reached the log. */
    private boolean record(String details) {
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            if (Files.exists(log) && Files.size(log) > MAX_LOG_BYTES) {
                Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(log, details, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
