package org.briefingviewer.opening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.reader.ReaderViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs without the FX toolkit; the file watcher is real. */
class OpenViewModelTest {

    @TempDir
    Path folder;

    private final BriefingLoader loader = new BriefingLoader();
    private final ReaderViewModel reader = new ReaderViewModel(loader.loadEmbedded());
    private OpenViewModel viewModel;

    private OpenViewModel viewModel() {
        viewModel = new OpenViewModel(reader, loader::check, new RecentFiles(folder.resolve("recent.json")),
                Runnable::run, Runnable::run);
        return viewModel;
    }

    @AfterEach
    void stopWatching() {
        if (viewModel != null) {
            viewModel.close();
        }
    }

    @Test
    void openingAGoodBundleShowsItAndRemembersIt() throws IOException {
        Path bundle = copyOfExample();

        viewModel().open(bundle);

        assertThat(reader.getBriefing().metadata().id()).isEqualTo("minimal-example");
        assertThat(viewModel.currentFileProperty().get()).isEqualTo(bundle);
        assertThat(viewModel.getRecent()).containsExactly(bundle.toAbsolutePath().normalize());
    }

    @Test
    void saveAsWritesTheBriefingOnScreenInTheFormatItsNameAsksFor() {
        Path markdown = folder.resolve("summit.md");

        viewModel().saveAs(markdown);

        assertThat(viewModel.savedProperty().get().succeeded()).isTrue();
        assertThat(loader.check(markdown).briefing()).isEqualTo(reader.getBriefing());
        assertThat(viewModel.suggestedFileName()).isEqualTo("korea-us-summit.md");
    }

    @Test
    void aFailedSaveAsSaysWhyAndHarmsNothing() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("file"), "kept");

        viewModel().saveAs(notAFolder.resolve("summit.md"));

        assertThat(viewModel.savedProperty().get().succeeded()).isFalse();
        assertThat(viewModel.savedProperty().get().failure()).isNotBlank();
        assertThat(Files.readString(notAFolder)).isEqualTo("kept");
    }

    @Test
    void aBadBundleLeavesTheOpenBriefingAndExplainsWhy() throws IOException {
        Path bad = Files.writeString(folder.resolve("bad.json"), "{ not json");

        viewModel().open(bad);

        assertThat(reader.getBriefing().metadata().id()).isEqualTo("korea-us-summit");
        assertThat(viewModel.rejectedProperty().get().problems()).isNotEmpty();
        assertThat(viewModel.getRecent()).isEmpty();
    }

    @Test
    void savingAChangeReloadsWithinASecondAndKeepsThePanel() throws Exception {
        Path bundle = copyOfExample();
        viewModel().open(bundle);
        reader.select("tariff");

        Path json = bundle.resolve("briefing.json");
        Files.writeString(json, Files.readString(json).replace("\"The tariff\"", "\"The tariff, revised\""));

        long deadline = System.currentTimeMillis() + 3_000;
        while (!reader.getSelectedPanel().title().endsWith("revised") && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(reader.getSelectedPanel().title()).isEqualTo("The tariff, revised");
        assertThat(reader.getSelectedPanel().id()).isEqualTo("tariff");
    }

    @Test
    void replacingAnOpenArchiveReloadsIt() throws Exception {
        Path archive = folder.resolve("example.briefing");
        Files.copy(Path.of("docs", "examples", "minimal.briefing"), archive);
        viewModel().open(archive);
        reader.select("tariff");

        Path rebuilt = folder.resolve("rebuilt.briefing");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(rebuilt))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("briefing.json"));
            zip.write(Files.readString(Path.of("docs", "examples", "minimal", "briefing.json"))
                    .replace("\"The tariff\"", "\"The tariff, repacked\"").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("images/tariff.png"));
            zip.write(Files.readAllBytes(Path.of("docs", "examples", "minimal", "images", "tariff.png")));
        }
        Files.move(rebuilt, archive, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        long deadline = System.currentTimeMillis() + 3_000;
        while (!reader.getSelectedPanel().title().endsWith("repacked") && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(reader.getSelectedPanel().title()).isEqualTo("The tariff, repacked");
    }

    @Test
    void aStormOfSavesEndsOnTheLastVersionWithoutAnException() throws Exception {
        String summit = Files.readString(Path.of("docs", "examples", "korea-us-summit.md"));
        Path file = Files.writeString(folder.resolve("storm.md"), summit);
        viewModel().open(file);
        java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
        java.io.PrintStream originalErr = System.err;
        System.setErr(new java.io.PrintStream(errors, true, StandardCharsets.UTF_8));
        try {
            for (int save = 1; save <= 100; save++) {
                String version = summit.replaceFirst("# Overview", "# Overview, version " + save);
                Files.writeString(file, save % 2 == 0 ? version : version.substring(0, version.length() / 3)
                        + "\n<!-- panel: icon=nowhere -->\n");
                Thread.sleep(50);
            }
            long deadline = System.currentTimeMillis() + 5_000;
            while (!reader.getPanels().get(0).title().equals("Overview, version 100")
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            System.setErr(originalErr);
        }

        assertThat(reader.getPanels().get(0).title()).isEqualTo("Overview, version 100");
        assertThat(viewModel.brokenSaveProperty().get()).isNull();
        assertThat(errors.toString(StandardCharsets.UTF_8)).doesNotContain("Exception");
    }

    @Test
    void aBrokenSaveKeepsTheLastGoodVersionAndSaysWhy() throws Exception {
        Path bundle = copyOfExample();
        viewModel().open(bundle);
        Path json = bundle.resolve("briefing.json");

        Files.writeString(json, "{ \"formatVersion\": ");
        long deadline = System.currentTimeMillis() + 3_000;
        while (viewModel.brokenSaveProperty().get() == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }

        assertThat(viewModel.brokenSaveProperty().get()).isNotNull();
        assertThat(reader.getBriefing().metadata().id()).isEqualTo("minimal-example");
    }

    @Test
    void showingAFileListsItAtOnceAndSavesTheListOffTheUiThread() throws IOException {
        List<Runnable> backgroundTasks = new ArrayList<>();
        Path saved = folder.resolve("recent.json");
        viewModel = new OpenViewModel(reader, loader::check, new RecentFiles(saved), backgroundTasks::add,
                Runnable::run);
        Path bundle = copyOfExample();
        Path shown = bundle.toAbsolutePath().normalize();

        viewModel.showing(bundle);

        assertThat(viewModel.getRecent()).containsExactly(shown);
        assertThat(saved).doesNotExist();
        backgroundTasks.forEach(Runnable::run);
        assertThat(new RecentFiles(saved).load()).containsExactly(shown);
        assertThat(viewModel.getRecent()).containsExactly(shown);
    }

    @Test
    void recentFilesKeepTheLastTenNewestFirstAndSurviveDamage() throws IOException {
        RecentFiles recent = new RecentFiles(folder.resolve("recent.json"));
        for (int i = 0; i < 12; i++) {
            recent.add(folder.resolve("b" + i + ".json"));
        }
        assertThat(recent.load()).hasSize(10).first().isEqualTo(folder.resolve("b11.json").toAbsolutePath());

        Files.writeString(folder.resolve("recent.json"), "{ damaged", StandardCharsets.UTF_8);
        assertThat(recent.load()).isEmpty();
    }

    @Test
    void recentFilesSavedByEarlierVersionsStillLoad() throws IOException {
        Files.writeString(folder.resolve("recent.json"), "[ \"/briefings/a.json\", \"/briefings/b.briefing\" ]",
                StandardCharsets.UTF_8);

        assertThat(new RecentFiles(folder.resolve("recent.json")).load())
                .containsExactly(Path.of("/briefings/a.json"), Path.of("/briefings/b.briefing"));
    }

    private Path copyOfExample() throws IOException {
        Path source = Path.of("docs", "examples", "minimal");
        Path copy = Files.createDirectories(folder.resolve("minimal"));
        Files.copy(source.resolve("briefing.json"), copy.resolve("briefing.json"));
        Files.createDirectories(copy.resolve("images"));
        Files.copy(source.resolve("images/tariff.png"), copy.resolve("images/tariff.png"));
        return copy;
    }
}
