package org.briefingviewer.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.GlyphSubstitutionTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.briefingviewer.fonts.ShippedFont;

/** The fonts shipped in {@code assets/fonts}: embedded (subset) in every PDF, and known to the SVG renderer. */
final class PdfFonts {

    private static boolean registeredWithAwt;

    private PdfFonts() {
    }

    /**
     * Loads the faces into {@code document} for {@code builder}. Ligature substitution is turned off so that
     * copied and searched text reads "office", not "o\uFB03ce".
     */
    static void addTo(PdfRendererBuilder builder, PDDocument document) throws IOException {
        registerWithAwt();
        for (ShippedFont face : ShippedFont.ALL) {
            TrueTypeFont font;
            try (InputStream in = face.open()) {
                font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            }
            font.getTableMap().remove(GlyphSubstitutionTable.TAG);
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, font, true)), face.family(), face.weight(),
                    face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
        }
    }

    /** Lets the SVG renderer draw figure text in the same face as the page. */
    private static synchronized void registerWithAwt() {
        if (registeredWithAwt) {
            return;
        }
        GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (ShippedFont face : ShippedFont.ALL) {
            try (InputStream in = face.open()) {
                environment.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("The bundled font " + face.file() + " cannot be read", e);
            }
        }
        registeredWithAwt = true;
    }
}
