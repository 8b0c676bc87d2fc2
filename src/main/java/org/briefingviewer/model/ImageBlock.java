package org.briefingviewer.model;

import java.util.List;

/**
 * A PNG or JPEG picture shipped in the bundle.
 *
 * @param src     the picture's path inside the bundle, such as {@code images/map.png}
 * @param alt     what the picture shows, for readers who cannot see it
 * @param caption a line shown under the picture, or {@code null}
 */
public record ImageBlock(String id, List<String> cites, String src, String alt, String caption) implements Block {

    public ImageBlock {
        cites = Lists.copyOrEmpty(cites);
    }
}
