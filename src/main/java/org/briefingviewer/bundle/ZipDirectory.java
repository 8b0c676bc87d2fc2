package org.briefingviewer.bundle;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The central directory of a zip archive: each entry's name, packed size and whether it is a symbolic link, which
 * {@link java.util.zip.ZipInputStream} does not tell.
 */
final class ZipDirectory {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int END_RECORD_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final int UNIX_TYPE_MASK = 0xF000;
    private static final int UNIX_SYMBOLIC_LINK = 0xA000;

    record Entry(String name, long compressedSize, boolean isSymbolicLink) {
    }

    static final class TooManyEntriesException extends IOException {
        TooManyEntriesException() {
            super("too many entries");
        }
    }

    static final class DuplicateEntryException extends IOException {
        DuplicateEntryException(String name) {
            super(name);
        }
    }

    private ZipDirectory() {
    }

    static Map<String, Entry> read(byte[] zip, int maxEntries) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = findEndRecord(buffer);
        int count = Short.toUnsignedInt(buffer.getShort(end + 10));
        if (count > maxEntries) {
            throw new TooManyEntriesException();
        }
        long offset = Integer.toUnsignedLong(buffer.getInt(end + 16));
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            if (offset + 46 > zip.length || buffer.getInt((int) offset) != ENTRY_SIGNATURE) {
                throw new IOException("its directory is damaged");
            }
            int at = (int) offset;
            long compressed = Integer.toUnsignedLong(buffer.getInt(at + 20));
            int nameLength = Short.toUnsignedInt(buffer.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(buffer.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(buffer.getShort(at + 32));
            long external = Integer.toUnsignedLong(buffer.getInt(at + 38));
            if (at + 46 + nameLength > zip.length) {
                throw new IOException("its directory is damaged");
            }
            String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
            boolean link = ((external >>> 16) & UNIX_TYPE_MASK) == UNIX_SYMBOLIC_LINK;
            if (entries.put(name, new Entry(name, compressed, link)) != null) {
                throw new DuplicateEntryException(name);
            }
            offset = at + 46L + nameLength + extraLength + commentLength;
        }
        return entries;
    }

    private static int findEndRecord(ByteBuffer buffer) throws IOException {
        int last = buffer.limit() - END_RECORD_SIZE;
        for (int at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
            if (buffer.getInt(at) == END_SIGNATURE) {
                return at;
            }
        }
        throw new IOException("it is not a zip archive");
    }
}
