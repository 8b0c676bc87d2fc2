package org.briefingviewer.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process typing a note steadily is killed with SIGKILL (no shutdown hook runs): the note on disk holds
 * everything typed until two seconds before the kill.
 */
class NotesSurviveAKillTest {

    private static final long TYPING_MS = 5_000;
    /** The writer's own time to put a save on disk, beyond the two seconds the notes may lag. */
    private static final long WRITE_SLACK_MS = 500;

    @TempDir
    Path folder;

    @Test
    void aKillDuringSteadyTypingLosesAtMostTheLastTwoSeconds() throws Exception {
        Process typist = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SteadyTypist.class.getName(), folder.toString())
                .redirectErrorStream(true).start();
        List<long[]> typedAt = new ArrayList<>();
        Thread reader = new Thread(() -> readCounts(typist, typedAt));
        reader.start();
        long firstKey = waitForFirstKey(typedAt);
        Thread.sleep(TYPING_MS - (System.currentTimeMillis() - firstKey));
        long killedAt = System.currentTimeMillis();
        typist.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        reader.join(5_000);

        long mustHave = countTypedBy(typedAt, killedAt - NotesViewModel.MAX_UNSAVED.toMillis() - WRITE_SLACK_MS);
        NotesStore.Note saved = new NotesStore(folder).load("korea-us-summit").byPanel().get("overview");
        assertThat(mustHave).as("the typist typed for a while").isGreaterThan(40);
        assertThat(saved).as("a note was on disk").isNotNull();
        assertThat((long) saved.text().length()).isGreaterThanOrEqualTo(mustHave);
    }

    private static void readCounts(Process process, List<long[]> typedAt) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.matches("\\d+")) {
                    synchronized (typedAt) {
                        typedAt.add(new long[] {Long.parseLong(line), System.currentTimeMillis()});
                    }
                }
            }
        } catch (java.io.IOException ended) {
            // The process was killed.
        }
    }

    private static long waitForFirstKey(List<long[]> typedAt) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            synchronized (typedAt) {
                if (!typedAt.isEmpty()) {
                    return typedAt.get(0)[1];
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the typist never started typing");
    }

    private static long countTypedBy(List<long[]> typedAt, long time) {
        synchronized (typedAt) {
            return typedAt.stream().filter(entry -> entry[1] <= time).mapToLong(entry -> entry[0]).max().orElse(0);
        }
    }
}
