package org.briefingviewer.bundle;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import javax.imageio.ImageIO;
import org.briefingviewer.model.ImageData;

/**
 * Checks a picture before anyone decodes it: that it really is PNG or JPEG, and that its size in pixels, read from
 * its header, is sane. Only then is it decoded once, to find damage.
 */
final class ImageChecker {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** What is wrong with a picture, for a problem message. */
    static final class Rejected extends Exception {
        Rejected(String message) {
            super(message);
        }
    }

    private ImageChecker() {
    }

    static ImageData check(byte[] bytes) throws Rejected {
        String mediaType;
        int[] size;
        if (startsWith(bytes, PNG_SIGNATURE)) {
            mediaType = "image/png";
            size = pngSize(bytes);
        } else if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
            mediaType = "image/jpeg";
            size = jpegSize(bytes);
        } else {
            throw new Rejected("is not a PNG or JPEG picture");
        }
        long pixels = (long) size[0] * size[1];
        if (size[0] <= 0 || size[1] <= 0) {
            throw new Rejected("is damaged: its header gives no size");
        }
        if (pixels > BundleLimits.MAX_IMAGE_PIXELS) {
            throw new Rejected("is " + size[0] + " × " + size[1] + " pixels, more than the "
                    + BundleLimits.MAX_IMAGE_PIXELS / 1_000_000 + " million allowed");
        }
        requireDecodable(bytes);
        return new ImageData(mediaType, size[0], size[1], bytes);
    }

    private static int[] pngSize(byte[] bytes) throws Rejected {
        if (bytes.length < 24 || !new String(bytes, 12, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("IHDR")) {
            throw new Rejected("is a damaged PNG picture");
        }
        ByteBuffer header = ByteBuffer.wrap(bytes, 16, 8);
        return new int[] {header.getInt(), header.getInt()};
    }

    /** Walks the JPEG markers to the start-of-frame segment, which holds the size. */
    private static int[] jpegSize(byte[] bytes) throws Rejected {
        int at = 2;
        while (at + 9 < bytes.length) {
            if ((bytes[at] & 0xFF) != 0xFF) {
                throw new Rejected("is a damaged JPEG picture");
            }
            int marker = bytes[at + 1] & 0xFF;
            int length = ((bytes[at + 2] & 0xFF) << 8) | (bytes[at + 3] & 0xFF);
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                    && marker != 0xCC;
            if (startOfFrame) {
                int height = ((bytes[at + 5] & 0xFF) << 8) | (bytes[at + 6] & 0xFF);
                int width = ((bytes[at + 7] & 0xFF) << 8) | (bytes[at + 8] & 0xFF);
                return new int[] {width, height};
            }
            if (length < 2) {
                throw new Rejected("is a damaged JPEG picture");
            }
            at += 2 + length;
        }
        throw new Rejected("is a damaged JPEG picture");
    }

    private static void requireDecodable(byte[] bytes) throws Rejected {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new Rejected("cannot be decoded");
            }
        } catch (IOException | RuntimeException e) {
            throw new Rejected("is damaged: " + e.getMessage());
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
