package org.briefingviewer.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.briefingviewer.model.Block;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.ImageBlock;
import org.briefingviewer.model.ImageData;
import org.briefingviewer.model.Metadata;
import org.briefingviewer.model.Panel;
import org.briefingviewer.model.PanelIcon;
import org.briefingviewer.model.SourceParagraph;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every kind of picture comes out of every PDF layout with the pixels it went in with. */
class PdfPicturesTest {

    private static final int WIDTH = 120;
    private static final int HEIGHT = 80;
    /** JPEG is lossy; its pictures may differ from the decoded original by this much per channel after embedding. */
    private static final int JPEG_TOLERANCE = 3;

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Layout.class)
    void everyKindOfPictureKeepsItsPixels(Layout layout) throws Exception {
        Map<String, byte[]> pictures = pictures();
        Briefing briefing = briefingShowing(pictures);
        Path pdf = folder.resolve(layout + ".pdf");

        new PdfExporter().export(briefing, ExportOptions.wholeBriefing(layout), pdf, ExportProgress.SILENT);

        List<BufferedImage> embedded = embeddedPictures(pdf);
        assertThat(embedded).hasSize(pictures.size());
        int index = 0;
        for (Map.Entry<String, byte[]> picture : pictures.entrySet()) {
            BufferedImage original = ImageIO.read(new ByteArrayInputStream(picture.getValue()));
            int tolerance = picture.getKey().endsWith(".jpg") ? JPEG_TOLERANCE : 0;
            assertSamePixels(picture.getKey(), original, embedded.get(index++), tolerance);
        }
    }

    @org.junit.jupiter.api.Test
    void aPictureWiderThanAnyPageNeedsIsScaledDownBeforeItIsEmbedded() throws Exception {
        BufferedImage wide = new BufferedImage(6_000, 3_000, BufferedImage.TYPE_INT_RGB);
        Map<String, byte[]> pictures = Map.of("wide.png", png(wide, false));
        Path pdf = folder.resolve("wide.pdf");

        new PdfExporter().export(briefingShowing(pictures), ExportOptions.wholeBriefing(Layout.DOCUMENT), pdf,
                ExportProgress.SILENT);

        BufferedImage embedded = embeddedPictures(pdf).get(0);
        assertThat(embedded.getWidth()).isEqualTo(PdfPictures.MAX_WIDTH);
        assertThat(embedded.getHeight()).isEqualTo(PdfPictures.MAX_WIDTH / 2);
        assertThat(Files.size(pdf)).isLessThan(1_000_000);
    }

    private static void assertSamePixels(String name, BufferedImage expected, BufferedImage actual, int tolerance) {
        assertThat(actual.getWidth()).as(name).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).as(name).isEqualTo(expected.getHeight());
        int worst = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int a = expected.getRGB(x, y);
                int b = actual.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    worst = Math.max(worst, Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)));
                }
            }
        }
        assertThat(worst).as("largest difference in a colour channel of %s", name).isLessThanOrEqualTo(tolerance);
    }

    private static List<BufferedImage> embeddedPictures(Path pdf) throws IOException {
        List<BufferedImage> pictures = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof PDImageXObject image) {
                        pictures.add(image.getImage());
                    }
                }
            }
        }
        return pictures;
    }

    private static Briefing briefingShowing(Map<String, byte[]> pictures) throws IOException {
        List<Block> blocks = new ArrayList<>();
        Map<String, ImageData> images = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> picture : pictures.entrySet()) {
            String src = picture.getKey();
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(picture.getValue()));
            images.put(src, new ImageData(src.endsWith(".jpg") ? "image/jpeg" : "image/png", decoded.getWidth(),
                    decoded.getHeight(), picture.getValue()));
            blocks.add(new ImageBlock("picture-" + blocks.size(), List.of("p1"), src, "A test picture: " + src,
                    null));
        }
        Metadata metadata = new Metadata("pictures", "Pictures", null, "Now", "OPEN", "en", null);
        Panel panel = new Panel("pictures", "Pictures", PanelIcon.DOCUMENT, null, blocks, List.of());
        return new Briefing(1, metadata, List.of(new SourceParagraph("p1", "Pictures.")), List.of(panel), images);
    }

    /** One picture of each kind, in a fixed order. */
    private static Map<String, byte[]> pictures() throws IOException {
        Map<String, byte[]> pictures = new LinkedHashMap<>();
        pictures.put("rgb.png", png(drawn(BufferedImage.TYPE_INT_RGB), false));
        pictures.put("rgba.png", png(drawn(BufferedImage.TYPE_INT_ARGB), false));
        pictures.put("grey.png", png(drawn(BufferedImage.TYPE_BYTE_GRAY), false));
        pictures.put("grey16.png", png(drawn(BufferedImage.TYPE_USHORT_GRAY), false));
        pictures.put("palette.png", png(palette(), false));
        pictures.put("interlaced.png", png(drawn(BufferedImage.TYPE_INT_RGB), true));
        pictures.put("rgb16.png", Files.readAllBytes(Path.of("docs", "examples", "minimal", "images",
                "tariff.png")));
        pictures.put("baseline.jpg", jpeg(drawn(BufferedImage.TYPE_INT_RGB), false));
        pictures.put("progressive.jpg", jpeg(drawn(BufferedImage.TYPE_INT_RGB), true));
        return pictures;
    }

    private static BufferedImage drawn(int type) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, type);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(250, 250, 250));
        graphics.fillRect(0, 0, WIDTH, HEIGHT);
        graphics.setColor(new Color(9, 105, 218));
        graphics.fillRect(10, 10, 60, 25);
        graphics.setColor(new Color(207, 34, 46));
        graphics.fillRect(40, 45, 70, 25);
        graphics.dispose();
        return image;
    }

    private static BufferedImage palette() {
        byte[] reds = {(byte) 250, 9, (byte) 207};
        byte[] greens = {(byte) 250, 105, 34};
        byte[] blues = {(byte) 250, (byte) 218, 46};
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(2, 3, reds, greens, blues));
        Graphics2D graphics = image.createGraphics();
        graphics.drawImage(drawn(BufferedImage.TYPE_INT_RGB), 0, 0, null);
        graphics.dispose();
        return image;
    }

    private static byte[] png(BufferedImage image, boolean interlaced) throws IOException {
        return write(image, "png", interlaced);
    }

    private static byte[] jpeg(BufferedImage image, boolean progressive) throws IOException {
        return write(image, "jpeg", progressive);
    }

    private static byte[] write(BufferedImage image, String format, boolean progressive) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (progressive) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
