package org.briefingviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {

    private static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Djpackage.app-version=1",
            "-XX:SharedArchiveFile=/old/place/briefing-viewer.jsa", "-XX:Tier4CompileThreshold=90000");

    @TempDir
    Path image;
    private Path archive;
    private Path fresh;

    @BeforeEach
    void writeTheBuiltArchive() throws IOException {
        archive = image.resolve("lib/app/briefing-viewer.jsa");
        fresh = archive.resolveSibling("briefing-viewer.jsa.new");
        Files.createDirectories(archive.getParent());
        Files.writeString(archive, "built elsewhere");
        Files.writeString(archive.resolveSibling("briefing-viewer.classlist"), "java/lang/Object\n");
    }

    @Test
    void theDumpSharesTheCollectorAndCompilerOptionsButNamesItsOwnArchive() {
        ClassDataArchive classData = new ClassDataArchive(archive, JVM_OPTIONS, image.resolve("runtime"), "a.jar:b.jar");

        assertThat(classData.dumpCommand().get(0)).startsWith(image.resolve("runtime/bin/java").toString());
        assertThat(classData.dumpCommand()).containsSubsequence("-XX:+UseSerialGC", "-XX:Tier4CompileThreshold=90000",
                        "-Xshare:dump", "-XX:SharedClassListFile=" + archive.resolveSibling("briefing-viewer.classlist"),
                        "-XX:SharedArchiveFile=" + fresh, "-cp", "a.jar:b.jar")
                .noneMatch(option -> option.contains("/old/place") || option.startsWith("-D"));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aSuccessfulDumpReplacesTheArchive() throws Exception {
        Path javaHome = fakeJavaThatDumps("dumped", 0);

        boolean replaced = new ClassDataArchive(archive, JVM_OPTIONS, javaHome, "a.jar").refresh()
                .get(20, TimeUnit.SECONDS);

        assertThat(replaced).isTrue();
        assertThat(archive).hasContent("dumped");
        assertThat(fresh).doesNotExist();
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aFailedDumpLeavesTheArchiveAndNoHalfWrittenFile() throws Exception {
        Path javaHome = fakeJavaThatDumps("half", 1);

        boolean replaced = new ClassDataArchive(archive, JVM_OPTIONS, javaHome, "a.jar").refresh()
                .get(20, TimeUnit.SECONDS);

        assertThat(replaced).isFalse();
        assertThat(fresh).doesNotExist();
        assertThat(archive).hasContent("built elsewhere");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void eachClassListNamesAnArchiveToDumpAndTheOneThisStartNeededComesFirst() throws IOException {
        Files.writeString(archive.resolveSibling("briefing-viewer-cli.classlist"), "java/lang/String\n");
        Files.writeString(archive.resolveSibling("stray.jsa"), "no class list");
        Path javaHome = fakeJavaThatDumps("dumped", 0);

        List<ClassDataArchive> archives = ClassDataArchive.besides(archive, JVM_OPTIONS, javaHome, "a.jar");

        assertThat(archives).extracting(ClassDataArchiveTest::dumpedFrom).containsExactly(
                "-XX:SharedClassListFile=" + archive.resolveSibling("briefing-viewer.classlist"),
                "-XX:SharedClassListFile=" + archive.resolveSibling("briefing-viewer-cli.classlist"));
        assertThat(archives).extracting(ClassDataArchiveTest::dumpedTo).containsExactly(
                "-XX:SharedArchiveFile=" + fresh,
                "-XX:SharedArchiveFile=" + archive.resolveSibling("briefing-viewer-cli.jsa.new"));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void archivesAreDumpedOneAfterAnother() throws Exception {
        Files.writeString(archive.resolveSibling("briefing-viewer-cli.classlist"), "java/lang/String\n");
        Path log = image.resolve("dumps.log");
        Path javaHome = fakeJava("for a in \"$@\"; do case $a in -XX:SharedArchiveFile=*)"
                + " out=${a#-XX:SharedArchiveFile=};; esac; done\n"
                + "echo \"start ${out##*/}\" >> " + log + "\nsleep 0.3\nprintf dumped > \"$out\"\n"
                + "echo \"end ${out##*/}\" >> " + log + "\n");

        boolean allReplaced = ClassDataArchive.refreshInTurn(
                ClassDataArchive.besides(archive, JVM_OPTIONS, javaHome, "a.jar")).get(20, TimeUnit.SECONDS);

        assertThat(allReplaced).isTrue();
        assertThat(Files.readAllLines(log)).containsExactly("start briefing-viewer.jsa.new",
                "end briefing-viewer.jsa.new", "start briefing-viewer-cli.jsa.new", "end briefing-viewer-cli.jsa.new");
        assertThat(archive).hasContent("dumped");
        assertThat(archive.resolveSibling("briefing-viewer-cli.jsa")).hasContent("dumped");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aTurnWithAFailedDumpSaysSo() throws Exception {
        Files.writeString(archive.resolveSibling("briefing-viewer-cli.classlist"), "java/lang/String\n");
        Path javaHome = fakeJavaThatDumps("half", 1);

        boolean allReplaced = ClassDataArchive.refreshInTurn(
                ClassDataArchive.besides(archive, JVM_OPTIONS, javaHome, "a.jar")).get(20, TimeUnit.SECONDS);

        assertThat(allReplaced).isFalse();
        assertThat(archive).hasContent("built elsewhere");
    }

    @Test
    void anArchiveLeftBehindByAnEarlierStartIsPutInPlace() throws IOException {
        Files.writeString(fresh, "dumped earlier");
        Files.setLastModifiedTime(fresh, FileTime.from(Instant.now().minus(Duration.ofMinutes(5))));

        boolean replaced = new ClassDataArchive(archive, JVM_OPTIONS, image.resolve("no-runtime"), "a.jar").refresh()
                .join();

        assertThat(replaced).isTrue();
        assertThat(archive).hasContent("dumped earlier");
        assertThat(fresh).doesNotExist();
    }

    @Test
    void anArchiveStillBeingDumpedIsLeftAlone() throws IOException {
        Files.writeString(fresh, "being dumped");

        boolean replaced = new ClassDataArchive(archive, JVM_OPTIONS, image.resolve("no-runtime"), "a.jar").refresh()
                .join();

        assertThat(replaced).isFalse();
        assertThat(archive).hasContent("built elsewhere");
        assertThat(fresh).hasContent("being dumped");
    }

    /** A stand-in for the runtime's java that writes {@code content} to the archive it is asked for, then exits. */
    private Path fakeJavaThatDumps(String content, int exitCode) throws IOException {
        return fakeJava("for a in \"$@\"; do case $a in -XX:SharedArchiveFile=*) printf " + content
                + " > \"${a#-XX:SharedArchiveFile=}\";; esac; done\nexit " + exitCode + "\n");
    }

    /** A stand-in for the runtime's java: a shell script running {@code body}. */
    private Path fakeJava(String body) throws IOException {
        Path java = image.resolve("runtime/bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return image.resolve("runtime");
    }

    private static String dumpedFrom(ClassDataArchive archive) {
        return archive.dumpCommand().stream().filter(option -> option.startsWith("-XX:SharedClassListFile="))
                .findFirst().orElseThrow();
    }

    private static String dumpedTo(ClassDataArchive archive) {
        return archive.dumpCommand().stream().filter(option -> option.startsWith("-XX:SharedArchiveFile="))
                .findFirst().orElseThrow();
    }
}
