package org.briefingviewer.export;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.briefingviewer.slides.SlideStage;

/** Text on a PowerPoint slide in the stage's type: real, editable text boxes, paragraphs and runs. */
final class PptxText {

    static final Color FOREGROUND = new Color(0x1f2328);
    static final Color MUTED = new Color(0x57606a);
    static final Color ACCENT = new Color(0x0969da);
    static final Color MARKING = new Color(0x1a7f37);
    static final String FAMILY = "Noto Sans";
    static final String MONOSPACED = "Noto Sans Mono";

    /** A text size (a multiple of the stage's body text), weight, slant, colour and face. */
    record Style(double em, boolean bold, boolean italic, Color color, String family) {

        static final Style TITLE = new Style(SlideStage.TITLE, true, false, FOREGROUND, FAMILY);
        static final Style SUMMARY = new Style(SlideStage.SUMMARY, false, false, MUTED, FAMILY);
        static final Style BODY = new Style(SlideStage.BODY, false, false, FOREGROUND, FAMILY);
        static final Style BLOCK_TITLE = new Style(SlideStage.BLOCK_TITLE, true, false, FOREGROUND, FAMILY);
        static final Style QUOTE = new Style(SlideStage.QUOTE, false, true, FOREGROUND, FAMILY);
        static final Style SMALL = new Style(1, false, false, MUTED, FAMILY);
        static final Style FIGURE_VALUE = new Style(SlideStage.FIGURE_VALUE, true, false, ACCENT, FAMILY);
        static final Style FIGURE_BEFORE = new Style(SlideStage.FIGURE_BEFORE, false, false, MUTED, FAMILY);
        static final Style FIGURE_LABEL = new Style(SlideStage.FIGURE_LABEL, false, false, MUTED, FAMILY);
        static final Style TABLE_TEXT = new Style(SlideStage.TABLE_TEXT, false, false, FOREGROUND, FAMILY);
        static final Style CODE = new Style(1, false, false, FOREGROUND, MONOSPACED);
        static final Style MARKING = new Style(0.6, true, false, PptxText.MARKING, FAMILY);
        static final Style SOURCES = new Style(0.6, false, false, MUTED, FAMILY);
        /** Speaker notes in 12 pt, on a notes page rather than the stage. */
        static final Style NOTES = new Style(12 / PptxDeck.pt(SlideStage.FONT_SIZE), false, false, FOREGROUND,
                FAMILY);

        static Style heading(int level) {
            return new Style(SlideStage.heading(level), true, false, FOREGROUND, FAMILY);
        }

        Style scaled(double scale) {
            return new Style(em * scale, bold, italic, color, family);
        }

        Style inBold() {
            return new Style(em, true, italic, color, family);
        }

        double points() {
            return PptxDeck.pt(SlideStage.px(em));
        }
    }

    private final XSLFSlide slide;

    PptxText(XSLFSlide slide) {
        this.slide = slide;
    }

    /** A text box holding {@code text} in one paragraph. */
    XSLFTextBox box(Rectangle2D anchor, Style style, String text) {
        XSLFTextBox box = emptyBox(anchor);
        run(paragraph(box), style, text);
        return box;
    }

    XSLFTextBox emptyBox(Rectangle2D anchor) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(anchor);
        prepare(box);
        return box;
    }

    /** Sets a shape's text, such as a placeholder's, in one style. */
    static void fill(XSLFTextShape shape, Style style, String text) {
        prepare(shape);
        run(paragraph(shape), style, text);
    }

    /** No insets, wrapped at the shape's width, from the top: the text stands where the layout put it. */
    static void prepare(XSLFTextShape shape) {
        shape.clearText();
        shape.setInsets(new Insets2D(0, 0, 0, 0));
        shape.setWordWrap(true);
        shape.setVerticalAlignment(VerticalAlignment.TOP);
    }

    static XSLFTextParagraph paragraph(XSLFTextShape shape) {
        XSLFTextParagraph paragraph = shape.addNewTextParagraph();
        paragraph.setSpaceBefore(0.0);
        paragraph.setSpaceAfter(0.0);
        return paragraph;
    }

    static XSLFTextRun run(XSLFTextParagraph paragraph, Style style, String text) {
        XSLFTextRun run = paragraph.addNewTextRun();
        run.setText(text);
        run.setFontSize(style.points());
        run.setBold(style.bold());
        run.setItalic(style.italic());
        run.setFontColor(style.color());
        run.setFontFamily(style.family());
        return run;
    }
}
