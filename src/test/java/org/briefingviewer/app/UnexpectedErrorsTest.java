package org.briefingviewer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnexpectedErrorsTest {

    @TempDir
    Path folder;

    private final List<String> told = new ArrayList<>();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private UnexpectedErrors reportingTo(Path folder) {
        return new UnexpectedErrors(folder, new PrintStream(console, true, StandardCharsets.UTF_8), Runnable::run,
                told::add);
    }

    @Test
    void anUncaughtExceptionIsLoggedWithItsTraceAndTheReaderToldWhereItIs() throws IOException {
        Path log = folder.resolve("data").resolve("errors0.log");

        reportingTo(folder.resolve("data")).uncaughtException(new Thread("worker"), new IllegalStateException("index out of step"));

        assertThat(Files.readString(log)).contains("on thread worker", "IllegalStateException: index out of step",
                "at org.briefingviewer.app.UnexpectedErrorsTest");
        assertThat(told).singleElement().asString()
                .startsWith("Something went wrong inside Briefing Viewer (IllegalStateException: index out of step)")
                .contains("your notes and settings are kept", log.toString());
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("index out of step");
    }

    @Test
    void laterErrorsAreAddedAndAFullLogStartsAfreshKeepingThePreviousOne() throws IOException {
        Path log = folder.resolve("errors0.log");
        UnexpectedErrors errors = reportingTo(folder);
        errors.uncaughtException(new Thread("first"), new RuntimeException("one"));
        errors.uncaughtException(new Thread("second"), new RuntimeException("two"));
        errors.uncaughtException(new Thread("second"), new RuntimeException("two"));
        assertThat(Files.readString(log)).contains("one", "two");
        assertThat(told).as("a repeated problem is told once").hasSize(2);

        errors.close();
        Files.writeString(log, "x".repeat(UnexpectedErrors.MAX_LOG_BYTES));
        errors.uncaughtException(new Thread("third"), new RuntimeException("three"));
        errors.uncaughtException(new Thread("fourth"), new RuntimeException("four"));
        errors.close();

        assertThat(Files.readString(log)).contains("four").doesNotContain("three", "xxx").hasSizeLessThan(100_000);
        assertThat(Files.readString(folder.resolve("errors1.log"))).startsWith("xxx").contains("three");
        assertThat(folder.resolve("errors0.log.lck")).as("closed, the log leaves no lock").doesNotExist();
    }

    @Test
    void anUnwritableLogStillTellsTheReaderAndThrowsNothing() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("a-file"), "in the way");

        assertThatCode(() -> reportingTo(notAFolder)
                .uncaughtException(Thread.currentThread(), new NullPointerException())).doesNotThrowAnyException();

        assertThat(told).singleElement().asString()
                .contains("(NullPointerException)").doesNotContain("The details are in");
    }
}
