package org.briefingviewer.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Which characters the shipped fonts can draw in a PDF. A character counts when every text face has it (so bold and
 * italic text can draw it too) or the monospaced face, which the PDF's style sheets name as the fallback, has it.
 * PDF/A needs every drawn glyph to be a real one with a Unicode meaning, so text is made drawable before export.
 */
public final class PdfGlyphs {

    /** What the PDF shows in place of a character no shipped font has. */
    public static final int REPLACEMENT = 0xFFFD;
    private static final int ZERO_WIDTH_NO_BREAK_SPACE = 0xFEFF;
    private static final int WORD_JOINER = 0x2060;
    /** Basic Latin to Latin Extended-B: Noto Sans has all of it, so text in this range needs no font read. */
    private static final int ALWAYS_DRAWN_BELOW = 0x250;

    private PdfGlyphs() {
    }

    /** Whether the exported PDF draws {@code codePoint} as itself. */
    public static boolean canDraw(int codePoint) {
        return codePoint < ALWAYS_DRAWN_BELOW || Coverage.DRAWN.get(codePoint);
    }

    /** The first code point of {@code text} the PDF cannot draw, or -1. */
    public static int firstUndrawable(String text) {
        return text.codePoints().filter(c -> !canDraw(c)).findFirst().orElse(-1);
    }

    /**
     * {@code text} with each character the PDF cannot draw replaced by U+FFFD, and the zero-width no-break space
     * by the word joiner that means the same, since PDF/A forbids U+FEFF as a glyph's Unicode value.
     */
    public static String drawable(String text) {
        if (firstUndrawable(text) < 0 && text.indexOf(ZERO_WIDTH_NO_BREAK_SPACE) < 0) {
            return text;
        }
        StringBuilder drawable = new StringBuilder(text.length());
        text.codePoints().forEach(c -> drawable.appendCodePoint(c == ZERO_WIDTH_NO_BREAK_SPACE ? WORD_JOINER
                : canDraw(c) ? c : REPLACEMENT));
        return drawable.toString();
    }

    /** Read from the fonts on first use only, since most text never leaves the always-drawn range. */
    static final class Coverage {

        static final BitSet DRAWN = read();

        private static BitSet read() {
            BitSet everyTextFace = null;
            BitSet monospaced = new BitSet();
            for (ShippedFont face : ShippedFont.ALL) {
                BitSet glyphs = glyphs(face);
                if (face.family().equals(ShippedFont.MONOSPACED)) {
                    monospaced.or(glyphs);
                } else if (everyTextFace == null) {
                    everyTextFace = glyphs;
                } else {
                    everyTextFace.and(glyphs);
                }
            }
            everyTextFace.or(monospaced);
            return everyTextFace;
        }

        private static BitSet glyphs(ShippedFont face) {
            try (InputStream in = face.open();
                    TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                BitSet glyphs = new BitSet();
                for (int glyph = 1; glyph < font.getNumberOfGlyphs(); glyph++) {
                    List<Integer> characters = cmap.getCharCodes(glyph);
                    if (characters != null) {
                        characters.forEach(glyphs::set);
                    }
                }
                return glyphs;
            } catch (IOException e) {
                throw new UncheckedIOException("The bundled font " + face.file() + " cannot be read", e);
            }
        }
    }
}
