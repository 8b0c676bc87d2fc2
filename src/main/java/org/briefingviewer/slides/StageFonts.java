package org.briefingviewer.slides;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.briefingviewer.fonts.ShippedFont;

/**
 * Measures text in the shipped fonts, as the stage draws it: how many lines a text wraps to at a width, and how
 * tall and wide those lines are. Needs no display and no JavaFX, so the headless exports can lay out slides.
 */
final class StageFonts {

    /** The faces by file name, loaded once per process. */
    private static final Map<String, Font> FACES = new ConcurrentHashMap<>();
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private StageFonts() {
    }

    static Font font(Face face, double size) {
        Font base = FACES.computeIfAbsent(face.file, StageFonts::load);
        return base.deriveFont((float) size);
    }

    /**
     * How tall one line of the shipped faces is, as a multiple of the text size. JavaFX sets a line of Noto Sans at
     * this height, rounded to whole pixels (measured: 29.7 px text takes 43 px lines, 55.7 px text 80 px), and the
     * PDF stylesheet gives it as the line height, so the screen and the PDF agree with this layout.
     */
    static final double LINE_HEIGHT = 1.437;

    /** How tall one line of {@code font} stands. */
    static double lineHeight(Font font) {
        return Math.round(LINE_HEIGHT * font.getSize2D());
    }

    static double width(String text, Font font) {
        return text.isEmpty() ? 0 : new TextLayout(text, font, CONTEXT).getAdvance();
    }

    /** How many lines {@code text} takes at {@code width}, broken between words; each hard line break starts one. */
    static int lines(String text, Font font, double width) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += paragraph.isBlank() ? 1 : wrappedLines(paragraph, font, width);
        }
        return lines;
    }

    /** The height of {@code text} wrapped at {@code width}, with {@code lineSpacing} between its lines. */
    static double height(String text, Font font, double width, double lineSpacing) {
        int lines = lines(text, font, width);
        return lines * lineHeight(font) + (lines - 1) * lineSpacing;
    }

    private static int wrappedLines(String text, Font font, double width) {
        AttributedString attributed = new AttributedString(text);
        attributed.addAttribute(TextAttribute.FONT, font);
        LineBreakMeasurer measurer = new LineBreakMeasurer(attributed.getIterator(), CONTEXT);
        int lines = 0;
        while (measurer.getPosition() < text.length()) {
            measurer.nextLayout((float) Math.max(1, width));
            lines++;
        }
        return lines;
    }

    private static Font load(String file) {
        ShippedFont shipped = ShippedFont.ALL.stream().filter(font -> font.file().equals(file)).findFirst()
                .orElseThrow();
        try (InputStream in = shipped.open()) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("The bundled font " + file + " cannot be read", e);
        }
    }

    /** The faces the stage uses. */
    enum Face {
        REGULAR("NotoSans-Regular.ttf"), BOLD("NotoSans-Bold.ttf"), ITALIC("NotoSans-Italic.ttf"),
        MONO("NotoSansMono-Regular.ttf");

        private final String file;

        Face(String file) {
            this.file = file;
        }
    }
}
