package org.briefingviewer.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.briefingviewer.notes.NotesStore;
import org.briefingviewer.opening.RecentFiles;
import org.briefingviewer.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reader's own files: damaged ones are kept aside, new ones are private, and writes harm nothing. */
class UserFilesTest {

    private static final String NOTES = """
            {
              "briefingId" : "korea-us-summit",
              "byPanel" : {
                "overview" : { "panelVersion" : "v1", "text" : "First note" },
                "trade" : { "panelVersion" : "v2", "text" : "Second note" },
                "defense" : { "panelVersion" : "v3", "text" : "Third n""";

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage \u0000\u00ff", "[1, 2, 3]", "{ \"briefingId\": 7 }"})
    void aDamagedNotesFileIsKeptAsideAndTheReaderIsTold(String damaged) throws IOException {
        Path file = Files.writeString(folder.resolve("korea-us-summit.json"), damaged);

        NotesStore.Loaded loaded = new NotesStore(folder).open("korea-us-summit");

        assertThat(loaded.warning()).contains("korea-us-summit.json was damaged").contains(".damaged-");
        assertThat(file).doesNotExist();
        assertThat(asideOf("korea-us-summit.json")).singleElement()
                .satisfies(aside -> assertThat(Files.readString(aside)).isEqualTo(damaged));
    }

    @Test
    void theNotesATruncatedFileStillHoldsAreRecovered() throws IOException {
        Files.writeString(folder.resolve("korea-us-summit.json"), NOTES);

        NotesStore.Loaded loaded = new NotesStore(folder).open("korea-us-summit");

        assertThat(loaded.notes().byPanel()).containsOnlyKeys("overview", "trade");
        assertThat(loaded.notes().byPanel().get("trade").text()).isEqualTo("Second note");
        assertThat(loaded.warning()).contains("the 2 notes that could be read are kept");
        assertThat(asideOf("korea-us-summit.json")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{ \"zoom\": ", "[]", "\"just text\""})
    void damagedSettingsAreKeptAside(String damaged) throws IOException {
        Path file = Files.writeString(folder.resolve("settings.json"), damaged);

        SettingsStore.Loaded loaded = new SettingsStore(file).load();

        assertThat(loaded.warning()).contains("defaults are in use").contains(".damaged-");
        assertThat(asideOf("settings.json")).singleElement()
                .satisfies(aside -> assertThat(Files.readString(aside)).isEqualTo(damaged));
    }

    @Test
    void aDamagedRecentFilesListIsKeptAsideBeforeTheNextSave() throws IOException {
        Path file = Files.writeString(folder.resolve("recent-files.json"), "[\"/a.json\", ");
        RecentFiles recent = new RecentFiles(file);

        assertThat(recent.add(Path.of("/b.json"))).containsExactly(Path.of("/b.json"));

        assertThat(asideOf("recent-files.json")).singleElement()
                .satisfies(aside -> assertThat(Files.readString(aside)).isEqualTo("[\"/a.json\", "));
    }

    @Test
    void newUserFilesAreReadableByTheirOwnerAlone() throws IOException {
        Path notes = folder.resolve("notes.json");

        AtomicFiles.writePrivate(notes, "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(notes))).isEqualTo("rw-------");
    }

    @Test
    void overwritingKeepsTheTargetsPermissionsAndWritesThroughALink() throws IOException {
        Path real = Files.writeString(folder.resolve("real.pdf"), "old");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-------"));
        Path link = Files.createSymbolicLink(folder.resolve("link.pdf"), real);

        AtomicFiles.write(link, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real))).isEqualTo("rw-------");
    }

    @Test
    void aTemporaryFileOfAProcessThatEndedIsRemovedByTheNextWrite() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path litter = Files.writeString(folder.resolve(".out.pdf." + ended.pid()
                + ".0f8fad5b-d9cb-469f-a165-70867728950e.part"), "half");
        Path live = Files.writeString(folder.resolve(".out.pdf." + ProcessHandle.current().pid()
                + ".1f8fad5b-d9cb-469f-a165-70867728950e.part"), "busy");
        Path unrelated = Files.writeString(folder.resolve(".someone-else.part"), "theirs");

        AtomicFiles.write(folder.resolve("out.pdf"), "pdf".getBytes(StandardCharsets.UTF_8));

        assertThat(litter).doesNotExist();
        assertThat(live).exists();
        assertThat(unrelated).exists();
    }

    private List<Path> asideOf(String name) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith(name + ".damaged-")).toList();
        }
    }
}
