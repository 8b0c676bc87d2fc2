package org.briefingviewer.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hostile inputs, checked in a JVM of 256 MB: each is refused with a problem, and none runs out of memory. */
class HostileInputsTest {

    @TempDir
    Path folder;

    @Test
    void everyHostileInputIsRefusedWithinASmallHeap() throws Exception {
        byte[] summit = BriefingLoaderTest.embeddedWith(root -> { }).getBytes(StandardCharsets.UTF_8);
        zip("bomb.briefing", "padding.bin", new byte[200 * 1024 * 1024], summit);
        Path liar = zip("liar.briefing", "padding.bin", new byte[120 * 1024 * 1024], summit);
        ArchiveAndImageTest.claimPackedSize(liar, "padding.bin", Integer.MAX_VALUE);
        Files.writeString(folder.resolve("deep.json"), "[".repeat(100_000));
        Files.writeString(folder.resolve("deep.md"), "> ".repeat(50_000) + "x\n");
        Files.writeString(folder.resolve("aliases.md"), "---\na: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b]\n"
                + "---\n# Panel\n");
        Files.write(folder.resolve("wide.json"), new String(summit, StandardCharsets.UTF_8)
                .getBytes(StandardCharsets.UTF_16LE));
        Files.writeString(folder.resolve("huge-string.json"), "{\"formatVersion\": 1, \"x\": \""
                + "a".repeat(20_000_000) + "\"}");
        new ProcessBuilder("mkfifo", folder.resolve("pipe.json").toString()).start().waitFor();

        Process check = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), HostileInputs.class.getName(),
                folder.toString()).redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(check.exitValue()).as(output).isZero();
        List<String> lines = output.lines().filter(line -> line.matches("\\S+ \\w+")).toList();
        assertThat(lines).hasSize(8).allSatisfy(line -> assertThat(line).endsWith(" located"));
        assertThat(output).doesNotContain("OutOfMemoryError", "Exception");
    }

    private Path zip(String name, String entry, byte[] content, byte[] briefing) throws IOException {
        Path archive = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("briefing.json"));
            zip.write(briefing);
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }
        return archive;
    }
}
