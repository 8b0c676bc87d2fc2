package org.briefingviewer.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.fontbox.ttf.GlyphSubstitutionTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** The fonts shipped in {@code assets/fonts}: embedded (subset) in every PDF, and known to the SVG renderer. */
final class PdfFonts {

    static final String FAMILY = "Noto Sans";
    static final String MONOSPACED_FAMILY = "Noto Sans Mono";
    private static final String FOLDER = "/org/briefingviewer/assets/fonts/";

    private record Face(String file, String family, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(
            new Face("NotoSans-Regular.ttf", FAMILY, 400, FontStyle.NORMAL),
            new Face("NotoSans-Bold.ttf", FAMILY, 700, FontStyle.NORMAL),
            new Face("NotoSans-Italic.ttf", FAMILY, 400, FontStyle.ITALIC),
            new Face("NotoSans-BoldItalic.ttf", FAMILY, 700, FontStyle.ITALIC),
            new Face("NotoSansMono-Regular.ttf", MONOSPACED_FAMILY, 400, FontStyle.NORMAL));

    private static boolean registeredWithAwt;

    private PdfFonts() {
    }

    /**
     * Loads the faces into {@code document} for {@code builder}. Ligature substitution is turned off so that
     * copied and searched text reads "office", not "o\uFB03ce".
     */
    static void addTo(PdfRendererBuilder builder, PDDocument document) throws IOException {
        registerWithAwt();
        for (Face face : FACES) {
            TrueTypeFont font;
            try (InputStream in = open(face.file())) {
                font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            }
            font.getTableMap().remove(GlyphSubstitutionTable.TAG);
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, font, true)), face.family(), face.weight(),
                    face.style(), true);
        }
    }

    /** Lets the SVG renderer draw figure text in the same face as the page. */
    private static synchronized void registerWithAwt() {
        if (registeredWithAwt) {
            return;
        }
        GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (Face face : FACES) {
            try (InputStream in = open(face.file())) {
                environment.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("The bundled font " + face.file() + " cannot be read", e);
            }
        }
        registeredWithAwt = true;
    }

    private static InputStream open(String file) {
        InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("The bundled font " + file + " is missing from the application");
        }
        return in;
    }
}
