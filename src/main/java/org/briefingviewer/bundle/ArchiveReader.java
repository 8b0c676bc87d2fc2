package org.briefingviewer.bundle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a {@code .briefing} archive (a zip of a briefing folder) into memory, never onto disk, refusing entries
 * that would escape the folder, links, duplicates, too many entries and compression bombs, and stopping as soon as
 * a limit is passed rather than after inflating everything.
 */
final class ArchiveReader {

    private static final int ONE_MIB = 1024 * 1024;
    private static final String HINT = "Make the archive again from the briefing's folder with an ordinary zip tool.";

    private final String name;

    private ArchiveReader(String name) {
        this.name = name;
    }

    static BundleContents read(Path archive) throws BundleException {
        String name = archive.toString();
        byte[] bytes = BundleReader.readBounded(archive, name, BundleLimits.MAX_ARCHIVE_BYTES);
        Map<String, ZipDirectory.Entry> directory = new ArchiveReader(name).directory(bytes);
        Map<String, byte[]> files = new ArchiveReader(name).inflate(bytes, directory);
        String document = BundleReader.DOCUMENT_FILES.stream().filter(files::containsKey).findFirst()
                .orElse(BundleReader.BUNDLE_FILE);
        byte[] json = files.get(document);
        if (json == null) {
            throw BundleException.of(name, "the archive holds no " + BundleReader.BUNDLE_FILE + " or "
                    + BundleReader.MARKDOWN_FILE + " at its top level",
                    "Zip the contents of the briefing's folder, so that " + BundleReader.BUNDLE_FILE
                            + " is at the top of the archive.");
        }
        return new BundleContents(name, name + "!" + document, json, BundleContents.of(files));
    }

    private Map<String, ZipDirectory.Entry> directory(byte[] bytes) throws BundleException {
        Map<String, ZipDirectory.Entry> entries;
        try {
            entries = ZipDirectory.read(bytes, BundleLimits.MAX_ARCHIVE_ENTRIES);
        } catch (ZipDirectory.TooManyEntriesException e) {
            throw fail("the archive has more than " + BundleLimits.MAX_ARCHIVE_ENTRIES + " entries");
        } catch (ZipDirectory.DuplicateEntryException e) {
            throw fail("the archive holds '" + e.getMessage() + "' more than once");
        } catch (IOException e) {
            throw fail("not a readable zip archive: " + e.getMessage());
        }
        for (ZipDirectory.Entry entry : entries.values()) {
            String problem = RelativePaths.problemWith(entry.name());
            if (problem != null) {
                throw fail("the entry '" + entry.name() + "' " + problem);
            }
            if (entry.isSymbolicLink()) {
                throw fail("the entry '" + entry.name() + "' is a symbolic link");
            }
        }
        return entries;
    }

    private Map<String, byte[]> inflate(byte[] bytes, Map<String, ZipDirectory.Entry> directory)
            throws BundleException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, Boolean> seen = new HashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                ZipDirectory.Entry listed = directory.get(entry.getName());
                if (listed == null || seen.put(entry.getName(), true) != null) {
                    throw fail("the entry '" + entry.getName() + "' is not listed once in the archive's directory");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] content = inflateEntry(zip, entry.getName(), listed.compressedSize(), total,
                        unpackedLimit(bytes.length));
                total += content.length;
                files.put(entry.getName(), content);
            }
        } catch (IOException e) {
            throw fail("not a readable zip archive: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw fail("an entry's name is not UTF-8 text");
        }
        return files;
    }

    /**
     * At most what the archive could hold at the compression ratio a bomb is told by: an entry's packed size in the
     * archive's directory may lie, the archive's own size cannot.
     */
    private static long unpackedLimit(long archiveBytes) {
        return Math.min(BundleLimits.MAX_ARCHIVE_BYTES, Math.max(ONE_MIB, archiveBytes
                * BundleLimits.MAX_COMPRESSION_RATIO));
    }

    private byte[] inflateEntry(ZipInputStream zip, String entryName, long compressedSize, long totalSoFar,
                                long limit) throws IOException, BundleException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int read;
        while ((read = zip.read(buffer)) > 0) {
            out.write(buffer, 0, read);
            long size = out.size();
            if (totalSoFar + size > limit) {
                throw fail(limit == BundleLimits.MAX_ARCHIVE_BYTES
                        ? "the archive unpacks to more than " + (BundleLimits.MAX_ARCHIVE_BYTES >> 20) + " MB"
                        : "the archive unpacks to more than " + BundleLimits.MAX_COMPRESSION_RATIO
                                + " times its own size, like a compression bomb");
            }
            if (size > ONE_MIB && size > Math.max(compressedSize, 1) * BundleLimits.MAX_COMPRESSION_RATIO) {
                throw fail("the entry '" + entryName + "' unpacks to more than "
                        + BundleLimits.MAX_COMPRESSION_RATIO + " times its packed size, like a compression bomb");
            }
        }
        return out.toByteArray();
    }

    private BundleException fail(String message) {
        return BundleException.of(name, message, HINT);
    }
}
