package org.briefingviewer.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.GlyphSubstitutionTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.briefingviewer.fonts.ShippedFont;

/** The fonts shipped in {@code assets/fonts}, embedded (subset) in every PDF. */
final class PdfFonts {

    private PdfFonts() {
    }

    /**
     * Loads the faces into {@code document} for {@code builder}. Ligature substitution is turned off so that
     * copied and searched text reads "office", not "o\uFB03ce".
     */
    static void addTo(PdfRendererBuilder builder, PDDocument document) throws IOException {
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
}
