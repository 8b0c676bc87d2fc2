package org.briefingviewer.export;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.briefingviewer.model.ImageData;

/**
 * Pictures no larger than a page needs: one wider than {@link #MAX_WIDTH} pixels is scaled down and embedded as a
 * PNG, so a huge picture costs an export little; any other is embedded as it is.
 */
final class PdfPictures {

    /** About 300 dpi across the widest column of any layout. */
    static final int MAX_WIDTH = 2_000;

    /** What a picture is embedded as: its media type and bytes. */
    record Embedded(String mediaType, byte[] bytes) {
    }

    private PdfPictures() {
    }

    static Embedded forPage(ImageData picture) {
        if (picture.width() <= MAX_WIDTH) {
            return new Embedded(picture.mediaType(), picture.bytes());
        }
        try {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(picture.bytes()));
            if (decoded == null) {
                return new Embedded(picture.mediaType(), picture.bytes());
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(scaledDown(decoded), "png", png);
            return new Embedded("image/png", png.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("A picture could not be scaled down for the PDF", e);
        }
    }

    private static BufferedImage scaledDown(BufferedImage decoded) {
        int height = Math.max(1, (int) Math.round((double) decoded.getHeight() * MAX_WIDTH / decoded.getWidth()));
        boolean alpha = decoded.getColorModel().hasAlpha();
        BufferedImage scaled = new BufferedImage(MAX_WIDTH, height, alpha ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = scaled.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(decoded, 0, 0, MAX_WIDTH, height, null);
        } finally {
            graphics.dispose();
        }
        return scaled;
    }
}
