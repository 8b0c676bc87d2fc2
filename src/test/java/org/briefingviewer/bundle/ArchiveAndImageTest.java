package org.briefingviewer.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archives and folders from outside: every attack is refused with a message, and pictures are checked. */
class ArchiveAndImageTest {

    private final BriefingLoader loader = new BriefingLoader();

    @TempDir
    Path folder;

    @Test
    void archiveOfAGoodFolderOpens() throws IOException {
        BundleCheck check = loader.check(zip("good.briefing", Map.of(
                "briefing.json", withImage("images/map.png"), "images/map.png", png(40, 20))));

        assertThat(check.problems()).isEmpty();
        assertThat(check.briefing().images()).containsKey("images/map.png");
    }

    @Test
    void entryLeadingOutWithDotsIsRefused() throws IOException {
        assertRefused(zip("slip.briefing", Map.of("briefing.json", summit(), "../evil.png", png(2, 2))), "'..'");
    }

    @Test
    void absoluteEntryIsRefused() throws IOException {
        assertRefused(zip("absolute.briefing", Map.of("briefing.json", summit(), "/etc/evil.png", png(2, 2))),
                "absolute path");
    }

    @Test
    void symbolicLinkEntryIsRefused() throws IOException {
        Path archive = folder.resolve("link.briefing");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            add(zip, "briefing.json", summit());
            add(zip, "images/map.png", "/etc/passwd".getBytes(StandardCharsets.UTF_8));
        }
        markAsSymbolicLink(archive, "images/map.png");

        assertRefused(archive, "symbolic link");
    }

    @Test
    void duplicateEntryIsRefused() throws IOException {
        Path archive = folder.resolve("twice.briefing");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            add(zip, "briefing.json", summit());
            add(zip, "briefing.jsoX", summit());
        }
        byte[] data = bytes.toByteArray();
        String text = new String(data, StandardCharsets.ISO_8859_1).replace("briefing.jsoX", "briefing.json");
        Files.write(archive, text.getBytes(StandardCharsets.ISO_8859_1));

        assertRefused(archive, "more than once");
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("briefing.json", summit());
        for (int i = 0; i <= BundleLimits.MAX_ARCHIVE_ENTRIES; i++) {
            files.put("notes/" + i + ".txt", new byte[] {1});
        }

        assertRefused(zip("many.briefing", files), "more than " + BundleLimits.MAX_ARCHIVE_ENTRIES + " entries");
    }

    @Test
    void compressionBombIsStoppedWhileReading() throws IOException {
        byte[] zeros = new byte[20 * 1024 * 1024];

        assertRefused(zip("bomb.briefing", Map.of("briefing.json", summit(), "padding.bin", zeros)),
                "compression bomb");
    }

    @Test
    void aDirectoryThatLiesAboutPackedSizesCannotUnpackMoreThanTheArchiveCouldHold() throws IOException {
        Path archive = zip("liar.briefing", Map.of("briefing.json", summit(), "padding.bin",
                new byte[100 * 1024 * 1024]));
        claimPackedSize(archive, "padding.bin", Integer.MAX_VALUE);

        assertRefused(archive, "times its own size, like a compression bomb");
    }

    @Test
    void anEntryNameThatIsNotUtf8IsAProblemNotACrash() throws IOException {
        Path archive = folder.resolve("latin1.briefing");
        try (OutputStream out = Files.newOutputStream(archive);
             ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.ISO_8859_1)) {
            add(zip, "briefing.json", summit());
            add(zip, "caf\u00e9.png", png(2, 2));
        }

        assertRefused(archive, "not UTF-8 text");
    }

    @Test
    void archiveWithoutBriefingJsonSaysWhatItNeeds() throws IOException {
        assertRefused(zip("empty.briefing", Map.of("readme.txt", new byte[] {1})), "holds no briefing.json");
    }

    @Test
    void notAZipIsRefused() throws IOException {
        assertRefused(Files.writeString(folder.resolve("plain.briefing"), "hello"), "not a zip archive");
    }

    @Test
    void folderImageLinkedFromOutsideIsRefused() throws IOException {
        Path bundle = Files.createDirectories(folder.resolve("bundle"));
        Files.write(bundle.resolve("briefing.json"), withImage("map.png"));
        Path outside = Files.write(folder.resolve("secret.png"), png(4, 4));
        Files.createSymbolicLink(bundle.resolve("map.png"), outside);

        assertRefused(bundle, "outside the bundle");
    }

    @Test
    void missingPictureIsLocatedAtItsSrc() throws IOException {
        Path bundle = Files.createDirectories(folder.resolve("bundle"));
        Files.write(bundle.resolve("briefing.json"), withImage("images/map.png"));

        BundleCheck check = loader.check(bundle);

        assertThat(check.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).contains("is not in the bundle");
            assertThat(problem.path()).endsWith(".src");
            assertThat(problem.line()).isPositive();
        });
    }

    @Test
    void textPretendingToBeAPictureIsRefused() throws IOException {
        assertPictureRefused("hello, not a picture".getBytes(StandardCharsets.UTF_8), "not a PNG or JPEG");
    }

    @Test
    void damagedPictureIsRefused() throws IOException {
        byte[] damaged = png(30, 30);
        for (int i = 40; i < damaged.length - 12; i++) {
            damaged[i] = (byte) 0x55;
        }
        assertPictureRefused(damaged, "damaged");
    }

    @Test
    void enormousPictureIsRefusedFromItsHeaderAlone() throws IOException {
        byte[] header = png(10, 10);
        ByteBuffer.wrap(header, 16, 8).putInt(100_000).putInt(100_000);

        assertPictureRefused(header, "100000 × 100000 pixels");
    }

    @Test
    void jpegPicturesAreAccepted() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB), "jpg", out);
        Path bundle = Files.createDirectories(folder.resolve("bundle"));
        Files.write(bundle.resolve("briefing.json"), withImage("photo.jpg"));
        Files.write(bundle.resolve("photo.jpg"), out.toByteArray());

        BundleCheck check = loader.check(bundle);

        assertThat(check.problems()).isEmpty();
        assertThat(check.briefing().images().get("photo.jpg").width()).isEqualTo(30);
    }

    private void assertPictureRefused(byte[] picture, String message) throws IOException {
        Path bundle = Files.createDirectories(folder.resolve("bundle"));
        Files.write(bundle.resolve("briefing.json"), withImage("map.png"));
        Files.write(bundle.resolve("map.png"), picture);

        BundleCheck check = loader.check(bundle);

        assertThat(check.briefing()).isNull();
        assertThat(check.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains(message));
    }

    private void assertRefused(Path bundle, String message) {
        BundleCheck check = loader.check(bundle);

        assertThat(check.briefing()).isNull();
        assertThat(check.problems()).isNotEmpty()
                .anySatisfy(problem -> assertThat(problem.message()).contains(message));
    }

    private static byte[] summit() {
        return BriefingLoaderTest.embeddedWith(root -> { }).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withImage(String src) {
        return BriefingLoaderTest.embeddedWith(root -> {
            var blocks = (com.fasterxml.jackson.databind.node.ArrayNode) root.get("panels").get(0).get("blocks");
            var image = blocks.addObject().put("kind", "image").put("id", "map").put("src", src)
                    .put("alt", "A map");
            image.putArray("cites").add("p1");
        }).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private Path zip(String name, Map<String, byte[]> files) throws IOException {
        Path archive = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var file : files.entrySet()) {
                add(zip, file.getKey(), file.getValue());
            }
        }
        return archive;
    }

    private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /** Writes a false packed size for {@code name} into the central directory. */
    static void claimPackedSize(Path archive, String name, int packedSize) throws IOException {
        byte[] data = Files.readAllBytes(archive);
        ByteBuffer buffer = ByteBuffer.wrap(data).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int at = 0; at < data.length - 46; at++) {
            if (buffer.getInt(at) == 0x02014b50) {
                int nameLength = Short.toUnsignedInt(buffer.getShort(at + 28));
                if (new String(data, at + 46, nameLength, StandardCharsets.UTF_8).equals(name)) {
                    buffer.putInt(at + 20, packedSize);
                }
            }
        }
        Files.write(archive, data);
    }

    /** Sets the Unix file type of {@code name} in the central directory to symbolic link, as zip -y does. */
    private static void markAsSymbolicLink(Path archive, String name) throws IOException {
        byte[] data = Files.readAllBytes(archive);
        ByteBuffer buffer = ByteBuffer.wrap(data).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int at = 0; at < data.length - 46; at++) {
            if (buffer.getInt(at) == 0x02014b50) {
                int nameLength = Short.toUnsignedInt(buffer.getShort(at + 28));
                String entry = new String(data, at + 46, nameLength, StandardCharsets.UTF_8);
                if (entry.equals(name)) {
                    buffer.putShort(at + 4, (short) 0x0314);
                    buffer.putInt(at + 38, 0xA1FF0000);
                }
            }
        }
        Files.write(archive, data);
    }
}
