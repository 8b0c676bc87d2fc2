package org.briefingviewer.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.Panel;
import org.briefingviewer.reader.ReaderViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs without the FX toolkit; the debouncer is driven by hand. */
class NotesViewModelTest {

    private static final Briefing SUMMIT = new BriefingLoader().loadEmbedded();

    @TempDir
    Path folder;

    private final List<Runnable> pending = new ArrayList<>();
    private final ReaderViewModel reader = new ReaderViewModel(SUMMIT);

    private NotesViewModel notes(Path store) {
        return new NotesViewModel(reader, new NotesStore(store), (delay, task) -> {
            pending.clear();
            pending.add(task);
        }, Runnable::run, Runnable::run);
    }

    @Test
    void noteIsSavedOnceTypingStopsAndSurvivesARestart() {
        NotesViewModel notes = notes(folder);
        reader.select("trade");
        notes.textProperty().set("Ask about the car tariff");
        assertThat(folder).isEmptyDirectory();

        pending.forEach(Runnable::run);

        ReaderViewModel restarted = new ReaderViewModel(SUMMIT);
        restarted.select("trade");
        NotesViewModel again = new NotesViewModel(restarted, new NotesStore(folder), (delay, task) -> { },
                Runnable::run, Runnable::run);
        assertThat(again.textProperty().get()).isEqualTo("Ask about the car tariff");
    }

    @Test
    void steadyTypingIsSavedAtMostTwoSecondsBehind() throws Exception {
        long[] now = {0};
        NotesViewModel notes = new NotesViewModel(reader, new NotesStore(folder), (delay, task) -> { },
                Runnable::run, Runnable::run, () -> now[0]);
        reader.select("trade");
        StringBuilder typed = new StringBuilder();
        for (int key = 0; key < 30; key++) {
            typed.append((char) ('a' + key % 26));
            notes.textProperty().set(typed.toString());
            now[0] += java.time.Duration.ofMillis(300).toNanos();
        }

        NotesStore.Note saved = new NotesStore(folder).load(SUMMIT.metadata().id()).byPanel().get("trade");
        long secondsTyped = 30 * 300 / 1000;
        assertThat(saved).isNotNull();
        assertThat(typed.toString()).startsWith(saved.text());
        assertThat(saved.text().length() * 300L).isGreaterThanOrEqualTo((secondsTyped - 2) * 1000);
    }

    @Test
    void editsNotYetSavedAreWrittenFromAnotherThreadAtExit() throws Exception {
        NotesViewModel notes = notes(folder);
        reader.select("trade");
        notes.textProperty().set("Typed just before a logout");

        Thread exit = new Thread(notes::saveOnExit);
        exit.start();
        exit.join();

        assertThat(new NotesStore(folder).load(SUMMIT.metadata().id()).byPanel().get("trade").text())
                .isEqualTo("Typed just before a logout");
    }

    @Test
    void turningToAnotherPanelSavesTheNoteAtOnce() {
        NotesViewModel notes = notes(folder);
        reader.select("trade");
        notes.textProperty().set("Ask about cars");

        reader.select("defense");

        assertThat(new NotesStore(folder).load(SUMMIT.metadata().id()).byPanel().get("trade").text())
                .isEqualTo("Ask about cars");
    }

    @Test
    void eachPanelHasItsOwnNote() {
        NotesViewModel notes = notes(folder);
        notes.textProperty().set("overview note");
        reader.select("defense");
        assertThat(notes.textProperty().get()).isEmpty();
        notes.textProperty().set("defense note");

        reader.select("overview");

        assertThat(notes.textProperty().get()).isEqualTo("overview note");
    }

    @Test
    void noteOnAPanelThatChangedIsFlaggedButKept() {
        NotesViewModel notes = notes(folder);
        reader.select("trade");
        notes.textProperty().set("Check the figures");
        notes.saveNow();
        List<Panel> panels = new ArrayList<>(SUMMIT.panels());
        Panel trade = panels.get(1);
        panels.set(1, new Panel(trade.id(), "Trade, revised", trade.icon(), trade.summary(), trade.blocks(),
                trade.speakerNotes()));

        reader.reload(new Briefing(1, SUMMIT.metadata(), SUMMIT.sources(), panels));

        assertThat(notes.textProperty().get()).isEqualTo("Check the figures");
        assertThat(notes.outdatedProperty().get()).isTrue();
    }

    @Test
    void notesSavedByEarlierVersionsStillLoad() throws IOException {
        Files.writeString(folder.resolve("korea-us-summit.json"), """
                {
                  "briefingId" : "korea-us-summit",
                  "byPanel" : {
                    "trade" : { "text" : "Ask about the 15 percent rate", "panelVersion" : "3f2a" },
                    "defense" : { "text" : "Second note", "panelVersion" : null }
                  }
                }""");

        NotesStore.Notes loaded = new NotesStore(folder).load("korea-us-summit");

        assertThat(loaded.byPanel()).containsOnly(
                entry("trade", new NotesStore.Note("Ask about the 15 percent rate", "3f2a")),
                entry("defense", new NotesStore.Note("Second note", null)));
    }

    @Test
    void damagedNotesFileStartsAfreshWithoutLosingTheBriefing() throws IOException {
        Files.writeString(folder.resolve("korea-us-summit.json"), "{ damaged");

        NotesViewModel notes = notes(folder);

        assertThat(notes.textProperty().get()).isEmpty();
    }

    @Test
    void exportedNotesImportIntoTheSameBriefingOnly(@TempDir Path elsewhere) throws IOException {
        NotesViewModel notes = notes(folder);
        notes.textProperty().set("exported");
        Path exported = elsewhere.resolve("notes.json");
        notes.exportTo(exported);

        NotesViewModel fresh = notes(elsewhere.resolve("other-store"));
        fresh.importFrom(exported);
        assertThat(fresh.textProperty().get()).isEqualTo("exported");

        Files.writeString(exported, Files.readString(exported).replace("korea-us-summit", "another-briefing"));
        assertThatThrownBy(() -> fresh.importFrom(exported)).hasMessageContaining("another-briefing");
        Path notNotes = Files.writeString(elsewhere.resolve("x.json"), "[1, 2]");
        assertThatThrownBy(() -> fresh.importFrom(notNotes)).hasMessageContaining("not a Briefing Viewer notes file");
    }

    @Test
    void unwritableStoreIsReportedNotThrown() throws IOException {
        Path blocked = Files.writeString(folder.resolve("a-file"), "not a folder");
        NotesViewModel notes = notes(blocked);

        notes.textProperty().set("will not save");
        pending.forEach(Runnable::run);

        assertThat(notes.problemProperty().get()).startsWith("Your notes could not be saved");
    }

    @Test
    void savesRunOnTheWriterAndOneThatFailedIsTriedAgain() throws IOException {
        Path store = Files.writeString(folder.resolve("store"), "a file where the folder should be");
        List<Runnable> writes = new ArrayList<>();
        NotesViewModel notes = new NotesViewModel(reader, new NotesStore(store), (delay, task) -> task.run(),
                writes::add, Runnable::run);
        reader.select("trade");

        notes.textProperty().set("Ask about the car tariff");
        assertThat(writes).hasSize(1);
        writes.remove(0).run();
        assertThat(notes.problemProperty().get()).startsWith("Your notes could not be saved");

        Files.delete(store);
        notes.saveNow();
        writes.remove(0).run();

        assertThat(notes.problemProperty().get()).isNull();
        assertThat(new NotesStore(store).load(SUMMIT.metadata().id()).byPanel().get("trade").text())
                .isEqualTo("Ask about the car tariff");
    }
}
