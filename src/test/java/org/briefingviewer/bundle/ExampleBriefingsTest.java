package org.briefingviewer.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.briefingviewer.model.Block;
import org.briefingviewer.model.Briefing;
import org.junit.jupiter.api.Test;

/** The example in docs/examples opens as a folder and as an archive, and uses every block kind. */
class ExampleBriefingsTest {

    private static final Path FOLDER = Path.of("docs", "examples", "minimal");
    private static final Path ARCHIVE = Path.of("docs", "examples", "minimal.briefing");

    private final BriefingLoader loader = new BriefingLoader();

    @Test
    void folderOpensWithoutProblems() {
        BundleCheck check = loader.check(FOLDER);

        assertThat(check.problems()).isEmpty();
        assertThat(check.briefing().images()).containsKey("images/tariff.png");
    }

    @Test
    void archiveOpensToTheSameBriefing() throws BundleException {
        assertThat(loader.load(ARCHIVE).panels()).isEqualTo(loader.load(FOLDER).panels());
    }

    @Test
    void archiveHoldsExactlyTheFolder() throws IOException {
        assertThat(contentsOfArchive()).containsExactlyInAnyOrderEntriesOf(contentsOfFolder());
    }

    @Test
    void exampleShowsEveryBlockKind() throws BundleException {
        Briefing example = loader.load(FOLDER);

        assertThat(example.panels().stream().flatMap(panel -> panel.blocks().stream())
                .map(Block::getClass).distinct()).hasSize(Block.class.getPermittedSubclasses().length);
    }

    private static Map<String, String> contentsOfFolder() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(FOLDER)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(FOLDER.relativize(file).toString().replace('\\', '/'),
                        java.util.HexFormat.of().formatHex(Files.readAllBytes(file)));
            }
        }
        return files;
    }

    private static Map<String, String> contentsOfArchive() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(ARCHIVE))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (!entry.isDirectory()) {
                    files.put(entry.getName(), java.util.HexFormat.of().formatHex(zip.readAllBytes()));
                }
            }
        }
        return files;
    }
}
