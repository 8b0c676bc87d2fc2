package org.briefingviewer.bundle;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Files opened by mistake, recognised by their first bytes, so that the reader is told "picture.png is a PNG
 * image" rather than that it is not UTF-8 text.
 */
final class ForeignFiles {

    private record Signature(byte[] start, String what) {

        boolean matches(byte[] bytes) {
            return bytes.length >= start.length && Arrays.equals(Arrays.copyOf(bytes, start.length), start);
        }
    }

    private static final List<Signature> SIGNATURES = List.of(
            signature("a PNG image", 0x89, 'P', 'N', 'G'),
            signature("a JPEG image", 0xFF, 0xD8, 0xFF),
            signature("a GIF image", 'G', 'I', 'F', '8'),
            signature("a PDF document", '%', 'P', 'D', 'F'),
            signature("an older Microsoft Office document", 0xD0, 0xCF, 0x11, 0xE0),
            signature("an RTF document", '{', '\\', 'r', 't', 'f'),
            signature("text in UTF-16", 0xFF, 0xFE),
            signature("text in UTF-16", 0xFE, 0xFF));
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private ForeignFiles() {
    }

    private static Signature signature(String what, int... start) {
        byte[] bytes = new byte[start.length];
        for (int i = 0; i < start.length; i++) {
            bytes[i] = (byte) start[i];
        }
        return new Signature(bytes, what);
    }

    /** The problem with a document that is some other kind of file, if it is one. */
    static Optional<Problem> problem(byte[] bytes, String file) {
        return what(bytes, file).map(what -> Problem.error(file, "$", 1, 1, shortName(file) + " is " + what
                + ", not a briefing", what.startsWith("text") ? "Save it as UTF-8 text."
                : "Open a briefing: a .md or .json file, a folder holding one, or a .briefing archive."));
    }

    private static Optional<String> what(byte[] bytes, String file) {
        if (bytes.length >= ZIP.length && Arrays.equals(Arrays.copyOf(bytes, ZIP.length), ZIP)) {
            return Optional.of(zipKind(bytes, file));
        }
        return SIGNATURES.stream().filter(signature -> signature.matches(bytes)).map(Signature::what).findFirst();
    }

    /** Word, Excel and PowerPoint files are zip archives that name their parts near the start. */
    private static String zipKind(byte[] bytes, String file) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        String name = file.toLowerCase(Locale.ROOT);
        if (head.contains("word/") || name.endsWith(".docx")) {
            return "a Word document";
        } else if (head.contains("ppt/") || name.endsWith(".pptx")) {
            return "a PowerPoint presentation";
        } else if (head.contains("xl/") || name.endsWith(".xlsx")) {
            return "an Excel workbook";
        }
        return "a zip archive (a briefing archive's name ends in .briefing)";
    }

    private static String shortName(String file) {
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        return name.substring(name.lastIndexOf('!') + 1);
    }
}
