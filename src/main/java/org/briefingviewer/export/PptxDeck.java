package org.briefingviewer.export;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.Metadata;
import org.briefingviewer.model.Panel;
import org.briefingviewer.slides.Placement;
import org.briefingviewer.slides.SlideLayout;
import org.briefingviewer.slides.SlidePage;
import org.briefingviewer.slides.SlideStage;

/**
 * Writes the slide layout's pages as a PowerPoint presentation: each page a slide on a 13.33 × 7.5 inch page (the
 * stage at 0.6 pt a pixel), its title in the title placeholder, each block where the layout places it, the
 * handling marking in the footer and the panel's speaker notes on the notes page.
 */
final class PptxDeck {

    /** Points on the slide for each pixel of the stage: 1600 px across become 960 pt, PowerPoint's 16:9 width. */
    static final double POINTS_PER_PIXEL = 0.6;

    /** Where the slide's picture and the notes below it stand on a notes page (7.5 × 10 inches). */
    private static final Rectangle2D NOTES_SLIDE = new Rectangle2D.Double(54, 54, 432, 243);
    private static final Rectangle2D NOTES_BODY = new Rectangle2D.Double(54, 330, 432, 340);

    private final Briefing briefing;
    private final XMLSlideShow show = new XMLSlideShow();
    private final XSLFSlideLayout titleOnly;

    private PptxDeck(Briefing briefing) {
        this.briefing = briefing;
        show.setPageSize(new java.awt.Dimension((int) pt(SlideStage.WIDTH), (int) pt(SlideStage.HEIGHT)));
        titleOnly = show.getSlideMasters().get(0).getLayout(org.apache.poi.xslf.usermodel.SlideLayout.TITLE_ONLY);
    }

    static void write(Briefing briefing, ExportOptions options, OutputStream out, Runnable checkpoint)
            throws IOException {
        PptxDeck deck = new PptxDeck(briefing);
        try (XMLSlideShow show = deck.show) {
            deck.properties();
            for (SlidePage page : new SlideLayout(briefing).pagesOf(options.panelsOf(briefing))) {
                deck.slide(page);
            }
            checkpoint.run();
            show.write(out);
        }
    }

    static double pt(double stagePixels) {
        return stagePixels * POINTS_PER_PIXEL;
    }

    private void properties() {
        Metadata metadata = briefing.metadata();
        var core = show.getProperties().getCoreProperties();
        core.setTitle(metadata.title());
        core.setSubjectProperty(metadata.subtitle() != null ? metadata.subtitle() : metadata.title());
        if (metadata.author() != null) {
            core.setCreator(metadata.author());
        }
    }

    private void slide(SlidePage page) {
        XSLFSlide slide = show.createSlide(titleOnly);
        PptxText text = new PptxText(slide);
        title(slide, page);
        double scale = page.scale();
        if (page.summary() != null) {
            text.box(box(SlideStage.PADDING_SIDE, 0, SlideStage.CONTENT_WIDTH, page.summaryHeight(), page),
                    PptxText.Style.SUMMARY.scaled(scale), page.summary());
        }
        PptxBlocks blocks = new PptxBlocks(show, slide, briefing, scale);
        for (Placement placement : page.placements()) {
            blocks.add(placement.block(), box(placement.x(), placement.y(), placement.width(), placement.height(),
                    page));
        }
        footer(text, page);
        notes(slide, page.panel());
    }

    private static void title(XSLFSlide slide, SlidePage page) {
        XSLFTextShape title = slide.getPlaceholder(0);
        title.setAnchor(new Rectangle2D.Double(pt(SlideStage.PADDING_SIDE), pt(SlidePage.titleTop()),
                pt(SlideStage.CONTENT_WIDTH), pt(page.titleHeight())));
        PptxText.fill(title, PptxText.Style.TITLE, page.title());
        title.getTextParagraphs().get(0).setTextAlign(TextAlign.LEFT);
    }

    /** The marking in the footer and the page's sources in small type, both below the stage's content. */
    private void footer(PptxText text, SlidePage page) {
        double top = SlideStage.HEIGHT - SlideStage.PADDING_BOTTOM;
        text.box(new Rectangle2D.Double(pt(SlideStage.WIDTH / 2), pt(top), pt(SlideStage.WIDTH / 2 - 48),
                pt(SlideStage.PADDING_BOTTOM)), PptxText.Style.MARKING, briefing.metadata().handling())
                .getTextParagraphs().get(0).setTextAlign(TextAlign.RIGHT);
        if (!page.cited().isEmpty()) {
            text.box(new Rectangle2D.Double(pt(SlideStage.PADDING_SIDE), pt(top), pt(SlideStage.WIDTH / 2 - 48),
                    pt(SlideStage.PADDING_BOTTOM)), PptxText.Style.SOURCES, "Sources: " + String.join(", ",
                    page.cited()));
        }
    }

    /** The panel's speaker notes below the slide on its notes page, one paragraph each, in 12 pt. */
    private void notes(XSLFSlide slide, Panel panel) {
        if (panel.speakerNotes().isEmpty()) {
            return;
        }
        XSLFNotes notes = show.getNotesSlide(slide);
        for (XSLFTextShape shape : notes.getPlaceholders()) {
            if (shape.getTextType() == Placeholder.SLIDE_IMAGE) {
                shape.setAnchor(NOTES_SLIDE);
            } else if (shape.getTextType() == Placeholder.BODY) {
                shape.setAnchor(NOTES_BODY);
                PptxText.prepare(shape);
                panel.speakerNotes().forEach(note -> PptxText.run(PptxText.paragraph(shape), PptxText.Style.NOTES, note)
                        .getParagraph().setSpaceAfter(6.0));
            }
        }
    }

    /** Where a place on the page's stage falls on the slide, the page's content shrunk as the room's view is. */
    private static Rectangle2D box(double x, double y, double width, double height, SlidePage page) {
        double scale = page.scale();
        double left = SlideStage.PADDING_SIDE + (x - SlideStage.PADDING_SIDE) * scale;
        return new Rectangle2D.Double(pt(left), pt(page.contentTop() + y * scale), pt(width * scale),
                pt(height * scale));
    }
}
