package org.briefingviewer.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file so that a crash or a full disk leaves either the old file or the new one, never half of one: the
 * bytes go to a temporary file beside the target, which is moved into place when complete. A target that is a
 * symbolic link is written through to the file it links to, and an existing target keeps its permissions. A
 * temporary file left by a process that was killed is removed by the next write into its folder.
 */
public final class AtomicFiles {

    /** {@code .NAME.PID.UUID.part}: the process that owns a temporary file is named in it. */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.(\\d+)\\.[0-9a-f-]{36}\\.part");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private AtomicFiles() {
    }

    /** Writes {@code bytes} to {@code target}; a new file gets the permissions any new file there would get. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, bytes, false);
    }

    /** Writes {@code bytes} to {@code target}; a new file is readable by its owner alone. */
    public static void writePrivate(Path target, byte[] bytes) throws IOException {
        write(target, bytes, true);
    }

    private static void write(Path target, byte[] bytes, boolean ownerOnly) throws IOException {
        Path destination = destinationOf(target);
        Files.createDirectories(destination.getParent());
        Path temporary = temporaryBeside(destination, ownerOnly);
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.SYNC)) {
                out.write(bytes);
            }
            moveIntoPlace(temporary, destination);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The file a write to {@code target} should replace: the target itself, or the file it links to. */
    public static Path destinationOf(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        return Files.isSymbolicLink(absolute) ? absolute.toRealPath() : absolute;
    }

    /**
     * An empty temporary file beside {@code destination}, with the destination's permissions if it exists (or,
     * with {@code ownerOnly}, readable by its owner alone); stale temporary files in the folder are removed first.
     */
    public static Path temporaryBeside(Path destination, boolean ownerOnly) throws IOException {
        Path folder = destination.getParent();
        removeStaleTemporaries(folder);
        Path temporary = folder.resolve("." + destination.getFileName() + "." + ProcessHandle.current().pid() + "."
                + UUID.randomUUID() + ".part");
        Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW).close();
        PosixFileAttributeView posix = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        if (posix != null) {
            if (Files.exists(destination)) {
                posix.setPermissions(Files.getPosixFilePermissions(destination));
            } else if (ownerOnly) {
                posix.setPermissions(OWNER_ONLY);
            }
        }
        return temporary;
    }

    /** Moves a complete temporary file over {@code destination}, atomically where the file system can. */
    public static void moveIntoPlace(Path temporary, Path destination) throws IOException {
        try {
            Files.move(temporary, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes the temporary files in {@code folder} whose process has ended: only ours, never a live one's. */
    static void removeStaleTemporaries(Path folder) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".*.part")) {
            for (Path file : files) {
                Matcher name = TEMPORARY.matcher(file.getFileName().toString());
                if (name.matches() && !isAlive(Long.parseLong(name.group(1))) && Files.isRegularFile(file)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | NumberFormatException ignored) {
            // A folder that cannot be listed or cleaned costs nothing but the litter.
        }
    }

    private static boolean isAlive(long pid) {
        return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive)
                .orElse(false);
    }
}
