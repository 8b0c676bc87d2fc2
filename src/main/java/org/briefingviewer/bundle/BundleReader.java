package org.briefingviewer.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads a bundle from a {@code .json} file, a folder holding {@code briefing.json}, or a {@code .briefing} archive. */
final class BundleReader {

    static final String BUNDLE_FILE = "briefing.json";
    static final String MARKDOWN_FILE = "briefing.md";
    /** The names a briefing's document may have in a folder or archive, in the order they are looked for. */
    static final List<String> DOCUMENT_FILES = List.of(BUNDLE_FILE, MARKDOWN_FILE);
    static final String ARCHIVE_EXTENSION = ".briefing";

    private BundleReader() {
    }

    static BundleContents read(Path path) throws BundleException {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            return readFolder(path);
        }
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
            throw BundleException.of(name, "no such file or folder", "Check the path.");
        }
        if (path.getFileName().toString().endsWith(ARCHIVE_EXTENSION)) {
            return ArchiveReader.read(path);
        }
        Path folder = path.toAbsolutePath().getParent();
        return new BundleContents(name, name, readBounded(path, name, BundleLimits.MAX_JSON_BYTES),
                relativeTo(folder, name));
    }

    private static BundleContents readFolder(Path folder) throws BundleException {
        Path json = DOCUMENT_FILES.stream().map(folder::resolve).filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> BundleException.of(folder.toString(), "the folder holds no " + BUNDLE_FILE
                        + " or " + MARKDOWN_FILE, "A briefing folder holds its document as " + MARKDOWN_FILE + " or "
                        + BUNDLE_FILE + ", with its images beside it."));
        requireInside(folder, json, json.getFileName().toString(), json.toString());
        return new BundleContents(folder.toString(), json.toString(),
                readBounded(json, json.toString(), BundleLimits.MAX_JSON_BYTES), relativeTo(folder, json.toString()));
    }

    /** Files under {@code folder} only: no absolute paths, no {@code ..}, no links that lead outside. */
    private static BundleContents.Resources relativeTo(Path folder, String name) {
        return relativePath -> {
            RelativePaths.requireSafe(relativePath, name);
            Path file = folder.resolve(relativePath).normalize();
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            requireInside(folder, file, relativePath, name);
            return Optional.of(readBounded(file, file.toString(), BundleLimits.MAX_IMAGE_BYTES));
        };
    }

    private static void requireInside(Path folder, Path file, String relativePath, String name)
            throws BundleException {
        try {
            if (!file.toRealPath().startsWith(folder.toRealPath())) {
                throw BundleException.of(name, "'" + relativePath + "' is a link to a file outside the bundle",
                        "Copy the file into the bundle's folder instead of linking to it.");
            }
        } catch (IOException e) {
            throw BundleException.of(name, "'" + relativePath + "' cannot be read: " + e.getMessage(), null);
        }
    }

    /** The file's bytes, up to {@code limit}; never waits on a pipe, a device or another special file. */
    static byte[] readBounded(Path file, String name, long limit) throws BundleException {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw BundleException.of(name, "is not an ordinary file (it may be a pipe or a device)",
                    "Open a briefing file, or the folder that holds one.");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw BundleException.of(name, "the file is larger than " + (limit >> 20) + " MB",
                        "Make it smaller, for example by splitting the briefing or shrinking its images.");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw BundleException.of(name, "no such file", "Check the path.");
        } catch (IOException e) {
            throw BundleException.of(name, "cannot be read: " + e.getMessage(), null);
        }
    }
}
