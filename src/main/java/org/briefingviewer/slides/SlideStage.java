package org.briefingviewer.slides;

/**
 * The fixed 16:9 stage every presented page is laid out on, in stage pixels, with the sizes of the audience view's
 * stylesheet ({@code .audience-slide}): whatever draws a slide (the screen, the PDF, PowerPoint) scales this stage.
 */
public final class SlideStage {

    public static final double WIDTH = 1600;
    public static final double HEIGHT = 900;
    /** The body text size every other size is a multiple of. */
    public static final double FONT_SIZE = 26;
    public static final double PADDING_TOP = 24;
    public static final double PADDING_SIDE = 48;
    public static final double PADDING_BOTTOM = 24;
    /** The gap between the title and the page's blocks, and between blocks. */
    public static final double SPACING = 16;
    public static final double CONTENT_WIDTH = WIDTH - 2 * PADDING_SIDE;

    /** Text sizes, as multiples of {@link #FONT_SIZE}. */
    public static final double TITLE = 2.143;
    public static final double SUMMARY = 1.214;
    public static final double BODY = 1.143;
    public static final double BLOCK_TITLE = 1.071;
    public static final double MARKING = 0.7857;
    public static final double FIGURE_VALUE = 2.143;
    public static final double FIGURE_BEFORE = 1.429;
    public static final double FIGURE_LABEL = 0.9286;
    public static final double QUOTE = 1.571;
    public static final double TABLE_TEXT = 1.071;
    public static final double CAPTION = 0.9286;

    private SlideStage() {
    }

    /** A size in stage pixels for a multiple of the body text size. */
    public static double px(double em) {
        return em * FONT_SIZE;
    }

    /** How tall a line of text {@code em} times the body size stands, in stage pixels. */
    public static double lineHeight(double em) {
        return Math.round(StageFonts.LINE_HEIGHT * px(em));
    }

    /** The text size of a heading of {@code level} (2, 3 or 4), as a multiple of the body text size. */
    public static double heading(int level) {
        return switch (level) {
            case 2 -> 1.429;
            case 3 -> 1.214;
            default -> 1.071;
        };
    }
}
