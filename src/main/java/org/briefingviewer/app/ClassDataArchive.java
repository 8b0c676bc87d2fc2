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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * One of the app image's class-data sharing archives, kept usable wherever the image is. The image holds one archive
 * for the window and one for work from the command line, each {@code NAME.jsa} dumped from the class list
 * {@code NAME.classlist} beside it. Java 17 maps an archive only for the class path it was dumped with, which names
 * the folder the image was built in, so an image unpacked or installed anywhere else starts without them. When this
 * JVM was given an archive it could not map, new ones are dumped for the image's present folder, from the class
 * lists the build recorded, in separate processes one after another: the next starts map them. (Java 19's
 * {@code -XX:+AutoCreateSharedArchive} does the same for one archive.)
 */
final class ClassDataArchive {

    private static final String ARCHIVE_SUFFIX = ".jsa";
    private static final String CLASS_LIST_SUFFIX = ".classlist";
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
        this.classList = archive.resolveSibling(baseName(archive) + CLASS_LIST_SUFFIX);
        this.jvmOptions = jvmOptions.stream().filter(ClassDataArchive::carriesOver).toList();
        this.java = javaHome.resolve("bin").resolve(isWindows() ? "java.exe" : "java");
        this.classPath = classPath;
    }

    /**
     * When this JVM was told to map an archive and did not, every archive beside it that can be dumped there;
     * otherwise none.
     */
    static List<ClassDataArchive> unmapped() {
        return thisJvmsArchive().filter(archive -> !thisJvmMappedIt()).map(ClassDataArchive::besidesForThisJvm)
                .orElse(List.of());
    }

    /**
     * Makes the archives fit the folder the image is in now, waiting for them: for an installer's post-install
     * step, where a user could not write them at a first start.
     */
    static Preparation prepareForThisFolder() {
        Optional<Path> given = thisJvmsArchive();
        if (given.isEmpty()) {
            return new Preparation(false, "this Java was given no class-data archive; run the app image's launcher");
        }
        Path folder = given.get().toAbsolutePath().getParent();
        if (thisJvmMappedIt()) {
            return new Preparation(true, "the class-data archives in " + folder + " already fit this folder");
        }
        List<ClassDataArchive> archives = besidesForThisJvm(given.get());
        if (archives.isEmpty()) {
            return new Preparation(false, "cannot make class-data archives in " + folder
                    + ": the folder is not writable, or holds no class lists");
        }
        return refreshInTurn(archives).join()
                ? new Preparation(true, "made " + archives.size() + " class-data archives in " + folder)
                : new Preparation(false, "could not make every class-data archive in " + folder
                        + "; the application starts more slowly without them");
    }

    /** What {@link #prepareForThisFolder()} did, as one line for the user. */
    record Preparation(boolean succeeded, String message) {
    }

    private static Optional<Path> thisJvmsArchive() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith(ARCHIVE_OPTION))
                .map(argument -> Path.of(argument.substring(ARCHIVE_OPTION.length())))
                .findFirst();
    }

    private static boolean thisJvmMappedIt() {
        return System.getProperty("java.vm.info", "").contains("sharing");
    }

    private static List<ClassDataArchive> besidesForThisJvm(Path archive) {
        return besides(archive, ManagementFactory.getRuntimeMXBean().getInputArguments(),
                Path.of(System.getProperty("java.home")), System.getProperty("java.class.path"));
    }

    /**
     * The archives named by the class lists in {@code archive}'s folder that can be dumped there, {@code archive}
     * first: the one this start needed.
     */
    static List<ClassDataArchive> besides(Path archive, List<String> jvmOptions, Path javaHome, String classPath) {
        Path given = archive.toAbsolutePath();
        try (Stream<Path> files = Files.list(given.getParent())) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(CLASS_LIST_SUFFIX))
                    .map(name -> given.resolveSibling(
                            name.substring(0, name.length() - CLASS_LIST_SUFFIX.length()) + ARCHIVE_SUFFIX))
                    .sorted(Comparator.comparing((Path sibling) -> !sibling.equals(given))
                            .thenComparing(Comparator.naturalOrder()))
                    .map(sibling -> new ClassDataArchive(sibling, jvmOptions, javaHome, classPath))
                    .filter(ClassDataArchive::canBeDumped)
                    .toList();
        } catch (IOException | RuntimeException cannotList) {
            return List.of();
        }
    }

    /**
     * Refreshes {@code archives} one after another, so that at most one dump runs at a time. The result tells
     * whether every one of them was replaced.
     */
    static CompletableFuture<Boolean> refreshInTurn(List<ClassDataArchive> archives) {
        CompletableFuture<Boolean> turn = CompletableFuture.completedFuture(true);
        for (ClassDataArchive archive : archives) {
            turn = turn.thenCompose(allSoFar -> archive.refresh().thenApply(replaced -> allSoFar && replaced));
        }
        return turn;
    }

    private boolean canBeDumped() {
        return Files.isRegularFile(classList) && Files.isExecutable(java) && Files.isWritable(archive.getParent());
    }

    /**
     * Starts dumping a new archive, unless one is already being dumped; one left behind by an earlier start is
     * put in place instead. The result completes once this is over, telling whether the archive was replaced.
     * Never fails: without an archive the application only starts more slowly.
     */
    CompletableFuture<Boolean> refresh() {
        try {
            if (Files.exists(fresh)) {
                boolean leftBehind = Files.getLastModifiedTime(fresh)
                        .compareTo(FileTime.from(Instant.now().minus(LEFT_BEHIND))) < 0;
                return CompletableFuture.completedFuture(leftBehind && putInPlace());
            }
            Process dump = new ProcessBuilder(dumpCommand())
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.DISCARD)
                    .start();
            return dump.onExit()
                    .thenApply(finished -> finished.exitValue() == 0 ? putInPlace() : deleteFresh())
                    .exceptionally(failure -> deleteFresh());
        } catch (IOException | RuntimeException cannotDump) {
            return CompletableFuture.completedFuture(deleteFresh());
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

    /** @return whether the fresh archive replaced the old one */
    private boolean putInPlace() {
        try {
            Files.move(fresh, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | RuntimeException cannotReplace) {
            return deleteFresh();
        }
    }

    /** @return {@code false}: no archive replaced the old one */
    private boolean deleteFresh() {
        try {
            Files.deleteIfExists(fresh);
        } catch (IOException ignored) {
            // A later start tries again.
        }
        return false;
    }

    /** The options a dump must share with the start it serves, such as the collector; not those naming archives. */
    private static boolean carriesOver(String option) {
        return option.startsWith("-XX:") && !option.startsWith("-XX:Shared") && !option.startsWith("-XX:Archive")
                && !option.startsWith("-XX:StartFlightRecording");
    }

    private static String baseName(Path archive) {
        String name = archive.getFileName().toString();
        return name.endsWith(ARCHIVE_SUFFIX) ? name.substring(0, name.length() - ARCHIVE_SUFFIX.length()) : name;
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    }
}
