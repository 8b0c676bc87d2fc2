package org.briefingviewer.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.scene.text.Font;

/** Registers the fonts shipped in {@code assets/fonts}, so the window draws with the same faces on every machine. */
public final class AppFonts {

    public static final String FAMILY = "Noto Sans";
    static final List<String> FILES = List.of(
            "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf",
            "NotoSansMono-Regular.ttf");
    private static final String FOLDER = "/org/briefingviewer/assets/fonts/";

    private static boolean loaded;

    private AppFonts() {
    }

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String file : FILES) {
            try (InputStream in = AppFonts.class.getResourceAsStream(FOLDER + file)) {
                if (in == null || Font.loadFont(in, 12) == null) {
                    throw new IllegalStateException("The bundled font " + file + " could not be loaded");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaded = true;
    }
}
