package org.briefingviewer.app;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.ErrorManager;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What no part of the application caught: it is written to a log in the user data folder (and to the console), and
 * the reader is told in a sentence, rather than left with a window that silently did nothing.
 */
final class UnexpectedErrors implements Thread.UncaughtExceptionHandler {

    /** Past this size the log starts afresh as {@code errors0.log}, the previous one kept as {@code errors1.log}. */
    static final int MAX_LOG_BYTES = 1_000_000;

    private final Path folder;
    private final PrintStream console;
    private final Executor ui;
    private final Consumer<String> tellReader;
    private final Logger logger = Logger.getAnonymousLogger();
    private boolean logFailed;
    private String lastTold;

    /**
     * @param folder     where the log goes, made when the first problem is logged
     * @param ui         runs {@code tellReader} on the JavaFX thread
     * @param tellReader shows a one-sentence message to the reader
     */
    UnexpectedErrors(Path folder, PrintStream console, Executor ui, Consumer<String> tellReader) {
        this.folder = folder;
        this.console = console;
        this.ui = ui;
        this.tellReader = tellReader;
        logger.setUseParentHandlers(false);
    }

    /** The log being written to. */
    Path log() {
        return folder.resolve("errors0.log");
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
            String message = message(error, record(details) ? log() : null);
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
        if (logger.getHandlers().length == 0 && !openLog()) {
            return false;
        }
        logFailed = false;
        logger.severe(details);
        return !logFailed;
    }

    private boolean openLog() {
        try {
            Files.createDirectories(folder);
            String pattern = folder.toAbsolutePath().toString().replace("%", "%%") + "/errors%g.log";
            FileHandler file = new FileHandler(pattern, MAX_LOG_BYTES, 2, true);
            file.setEncoding(StandardCharsets.UTF_8.name());
            file.setFormatter(new DetailsOnly());
            file.setErrorManager(new ErrorManager() {
                @Override
                public synchronized void error(String message, Exception cause, int code) {
                    logFailed = true;
                }
            });
            logger.addHandler(file);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Closes the log, removing its lock file. */
    void close() {
        for (var handler : logger.getHandlers()) {
            handler.close();
            logger.removeHandler(handler);
        }
    }

    private static final class DetailsOnly extends Formatter {
        @Override
        public String format(LogRecord record) {
            return record.getMessage();
        }
    }
}
