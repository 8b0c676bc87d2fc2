package org.briefingviewer.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** A font face shipped in {@code assets/fonts}, which every PDF embeds. */
public record ShippedFont(String file, String family, int weight, boolean italic) {

    public static final String SANS = "Noto Sans";
    public static final String MONOSPACED = "Noto Sans Mono";

    /** The faces, the text faces first; the monospaced face also draws the arrows and maths the text faces lack. */
    public static final List<ShippedFont> ALL = List.of(
            new ShippedFont("NotoSans-Regular.ttf", SANS, 400, false),
            new ShippedFont("NotoSans-Bold.ttf", SANS, 700, false),
            new ShippedFont("NotoSans-Italic.ttf", SANS, 400, true),
            new ShippedFont("NotoSans-BoldItalic.ttf", SANS, 700, true),
            new ShippedFont("NotoSansMono-Regular.ttf", MONOSPACED, 400, false));

    private static final String FOLDER = "/org/briefingviewer/assets/fonts/";

    public InputStream open() throws IOException {
        InputStream in = ShippedFont.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IOException("The bundled font " + file + " is missing from the application");
        }
        return in;
    }
}
