package org.briefingviewer.app;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The app image's class-data sharing archive, kept usable wherever the image is. Java 17 maps an archive only for
 * the class path it was dumped with, which names the folder the image was built in, so an image unpacked or
 * installed anywhere else starts without it. When this JVM was given an archive it could not map, a new one is
 * dumped for the image's present folder, from the class list the build recorded, in a separate process: the next
 * start maps it. (Java 19's {@code -XX:+AutoCreateSharedArchive} does the same.)
 */
final class ClassDataArchive {

    static final String CLASS_LIST = "briefing-viewer.classlist";
    private static final String ARCHIVE_OPTION = "-XX:SharedArchiveFile=";
    /** A dump writes its archive within seconds: one untouched this long was left by a start that has ended. */
    private static final Duration LEFT_BEHIND = Duration.ofSeconds(30);

    private final Path archive;
    private final Path fresh;
    private final Path classList;
    private final List<String> jvmOptions;
    private final Path java;
    private final String classPath;

    ClassDataArchive(Path archive, List<String> jvmOptions, Path javaHome, String classPath) {
        this.archive = archive;
        this.fresh = archive.resolveSibling(archive.getFileName() + ".new");
        this.classList = archive.resolveSibling(CLASS_LIST);
        this.jvmOptions = jvmOptions.stream().filter(ClassDataArchive::carriesOver).toList();
        this.java = javaHome.resolve("bin").resolve(isWindows() ? "java.exe" : "java");
        this.classPath = classPath;
    }

    /** The archive this JVM was told to map and did not, if a new one can be dumped beside it. */
    static Optional<ClassDataArchive> unmapped() {
        if (System.getProperty("java.vm.info", "").contains("sharing")) {
            return Optional.empty();
        }
        List<String> arguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        return arguments.stream()
                .filter(argument -> argument.startsWith(ARCHIVE_OPTION))
                .map(argument -> Path.of(argument.substring(ARCHIVE_OPTION.length())))
                .findFirst()
                .map(path -> new ClassDataArchive(path, arguments, Path.of(System.getProperty("java.home")),
                        System.getProperty("java.class.path")))
                .filter(ClassDataArchive::canBeDumped);
    }

    private boolean canBeDumped() {
        return Files.isRegularFile(classList) && Files.isExecutable(java) && Files.isWritable(archive.getParent());
    }

    /**
     * Starts dumping a new archive, unless one is already being dumped; one left behind by an earlier start is
     * put in place instead. Never throws: without an archive the application only starts more slowly.
     */
    void refresh() {
        try {
            if (Files.exists(fresh)) {
                if (Files.getLastModifiedTime(fresh).compareTo(FileTime.from(Instant.now().minus(LEFT_BEHIND))) < 0) {
                    putInPlace();
                }
                return;
            }
            Process dump = new ProcessBuilder(dumpCommand())
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.DISCARD)
                    .start();
            dump.onExit().thenAccept(finished -> {
                if (finished.exitValue() == 0) {
                    putInPlace();
                } else {
                    deleteFresh();
                }
            });
        } catch (IOException | RuntimeException cannotDump) {
            deleteFresh();
        }
    }

    List<String> dumpCommand() {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                ARCHIVE_OPTION + fresh, "-Xlog:cds=off", "-cp", classPath));
        return command;
    }

    private void putInPlace() {
        try {
            Files.move(fresh, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException cannotReplace) {
            deleteFresh();
        }
    }

    private void deleteFresh() {
        try {
            Files.deleteIfExists(fresh);
        } catch (IOException ignored) {
            // A later start tries again.
        }
    }

    /** The options a dump must share with the start it serves, such as the collector; not those naming archives. */
    private static boolean carriesOver(String option) {
        return option.startsWith("-XX:") && !option.startsWith("-XX:Shared") && !option.startsWith("-XX:Archive")
                && !option.startsWith("-XX:StartFlightRecording");
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    }
}
