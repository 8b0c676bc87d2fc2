package org.briefingviewer.model;

/**
 * A checked picture: its media type, size in pixels and bytes.
 *
 * @param mediaType {@code image/png} or {@code image/jpeg}
 */
public record ImageData(String mediaType, int width, int height, byte[] bytes) {
}
