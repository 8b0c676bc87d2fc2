package org.briefingviewer.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.ImageData;
import org.briefingviewer.storage.AtomicFiles;

/**
 * Writes a briefing in the format a file name's extension names: {@code .md} (Markdown), {@code .json} (a bundle
 * document) or {@code .briefing} (an archive with its pictures). Beside a {@code .md} or {@code .json} file its
 * pictures are written at the paths the briefing names, unless a different file is already there.
 */
public final class BriefingConverter {

    /** The formats a briefing can be written in, by file extension. */
    public enum Format {
        MARKDOWN(".md"), JSON(".json"), ARCHIVE(BundleReader.ARCHIVE_EXTENSION);

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** The format {@code file}'s name asks for, or {@code null} when it names none of them. */
        public static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(format -> name.endsWith(format.extension)).findFirst()
                    .orElse(null);
        }
    }

    private BriefingConverter() {
    }

    /** Writes {@code briefing} to {@code target}; a failure leaves any file already there as it was. */
    public static void write(Briefing briefing, Path target) throws IOException {
        Format format = Format.of(target);
        if (format == null) {
            throw new IllegalArgumentException(target.getFileName() + " does not end in .md, .json or .briefing");
        }
        switch (format) {
            case MARKDOWN -> writeWithPictures(briefing, target,
                    MarkdownWriter.write(briefing).getBytes(StandardCharsets.UTF_8));
            case JSON -> writeWithPictures(briefing, target, BundleWriter.write(briefing));
            case ARCHIVE -> AtomicFiles.write(target, archive(briefing));
        }
    }

    private static void writeWithPictures(Briefing briefing, Path target, byte[] document) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        for (Map.Entry<String, ImageData> picture : briefing.images().entrySet()) {
            Path file = folder.resolve(picture.getKey()).normalize();
            if (!file.startsWith(folder)) {
                throw new IOException("the picture '" + picture.getKey() + "' would be written outside " + folder);
            }
            if (Files.exists(file) && !Arrays.equals(Files.readAllBytes(file), picture.getValue().bytes())) {
                throw new IOException(file + " already exists and is a different picture; choose another folder");
            }
        }
        for (Map.Entry<String, ImageData> picture : briefing.images().entrySet()) {
            Path file = folder.resolve(picture.getKey()).normalize();
            if (!Files.exists(file)) {
                AtomicFiles.write(file, picture.getValue().bytes());
            }
        }
        AtomicFiles.write(target, document);
    }

    private static byte[] archive(Briefing briefing) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(BundleReader.BUNDLE_FILE));
            zip.write(BundleWriter.write(briefing));
            zip.closeEntry();
            for (Map.Entry<String, ImageData> picture : briefing.images().entrySet()) {
                zip.putNextEntry(new ZipEntry(picture.getKey()));
                zip.write(picture.getValue().bytes());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
