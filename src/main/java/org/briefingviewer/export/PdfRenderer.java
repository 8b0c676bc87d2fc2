package org.briefingviewer.export;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.briefingviewer.model.Briefing;
import org.w3c.dom.Document;

/** Lays out a briefing as a tagged PDF/A-2u and PDF/UA-1 document. */
final class PdfRenderer {

    static final PdfAConformance CONFORMANCE = PdfAConformance.PDFA_2_U;
    private static final String PRODUCER = "Briefing Viewer";

    /** Held so java.util.logging keeps the level; PDFBox reports fonts it merely considered, not ones it used. */
    private static final Logger PDFBOX_LOGGER = Logger.getLogger("org.apache.pdfbox");

    static {
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
        PDFBOX_LOGGER.setLevel(Level.SEVERE);
    }

    private PdfRenderer() {
    }

    static void render(Briefing briefing, ExportOptions options, OutputStream out, Runnable checkpoint)
            throws IOException {
        Document document = BriefingHtml.build(briefing, options);
        checkpoint.run();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .usePdfAConformance(CONFORMANCE)
                .useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData())
                .withProducer(PRODUCER)
                .withW3cDocument(document, "about:blank");
        try (PDDocument pdf = new PDDocument()) {
            builder.usePDDocument(pdf);
            PdfFonts.addTo(builder, pdf);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
                checkpoint.run();
                DocumentFinisher.finish(pdf);
                pdf.save(out);
            }
        }
    }
}
