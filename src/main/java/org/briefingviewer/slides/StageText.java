package org.briefingviewer.slides;

import org.briefingviewer.slides.StageFonts.Face;

/** The heights of the text that frames every page: the handling marking and the title. */
final class StageText {

    private StageText() {
    }

    /** The marking's line with its padding (3 px) and border (1 px) above and below. */
    static double markingHeight() {
        return BlockMeasure.line(Face.BOLD, SlideStage.MARKING) + 8;
    }

    static double titleHeight(String title) {
        return BlockMeasure.text(title, Face.BOLD, SlideStage.TITLE, SlideStage.CONTENT_WIDTH, 0);
    }

    static double summaryHeight(String summary) {
        return BlockMeasure.text(summary, Face.REGULAR, SlideStage.SUMMARY, SlideStage.CONTENT_WIDTH, 0) + 8;
    }
}
