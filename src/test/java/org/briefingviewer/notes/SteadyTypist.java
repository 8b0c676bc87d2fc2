package org.briefingviewer.notes;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.reader.ReaderViewModel;

/**
 * A reader typing a note steadily, one character every 50 ms, with the notes saved as the window saves them; it
 * prints how many characters it has typed after each one. {@link NotesSurviveAKillTest} kills it mid-sentence.
 */
public final class SteadyTypist {

    static final long KEY_INTERVAL_MS = 50;

    private SteadyTypist() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        ScheduledExecutorService ui = Executors.newSingleThreadScheduledExecutor();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        ui.execute(() -> {
            ReaderViewModel reader = new ReaderViewModel(new BriefingLoader().loadEmbedded());
            ScheduledFuture<?>[] pending = new ScheduledFuture<?>[1];
            NotesViewModel notes = new NotesViewModel(reader, new NotesStore(folder), (delay, task) -> {
                if (pending[0] != null) {
                    pending[0].cancel(false);
                }
                pending[0] = ui.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
            }, writer, ui);
            StringBuilder typed = new StringBuilder();
            ui.scheduleAtFixedRate(() -> {
                typed.append((char) ('a' + typed.length() % 26));
                notes.textProperty().set(typed.toString());
                System.out.println(typed.length());
                System.out.flush();
            }, 0, KEY_INTERVAL_MS, TimeUnit.MILLISECONDS);
        });
    }
}
