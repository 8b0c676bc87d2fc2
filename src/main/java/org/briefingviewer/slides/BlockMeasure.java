package org.briefingviewer.slides;

import static org.briefingviewer.slides.SlideStage.px;

import java.awt.Font;
import java.util.List;
import java.util.stream.IntStream;
import org.briefingviewer.model.BarChart;
import org.briefingviewer.model.Block;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.BulletList;
import org.briefingviewer.model.Callout;
import org.briefingviewer.model.CodeBlock;
import org.briefingviewer.model.FigureFormat;
import org.briefingviewer.model.Heading;
import org.briefingviewer.model.ImageBlock;
import org.briefingviewer.model.ImageData;
import org.briefingviewer.model.KeyFigure;
import org.briefingviewer.model.LinkBlock;
import org.briefingviewer.model.Paragraph;
import org.briefingviewer.model.Quote;
import org.briefingviewer.model.Table;
import org.briefingviewer.model.Timeline;
import org.briefingviewer.slides.StageFonts.Face;

/**
 * How tall each kind of block stands on the stage at a width, by the sizes, paddings and gaps of the audience
 * view's stylesheet ({@code briefing-viewer.css}), in stage pixels. The room's slides carry no citation marks, so
 * none are measured. {@code SlideLayoutOnStageTest} fails when these drift from what JavaFX lays out.
 */
final class BlockMeasure {

    static final double FIGURE_CARD_WIDTH = px(14.3) + 2;
    static final double FIGURE_GAP = 16;
    private static final double FIGURE_CARD_MIN_HEIGHT = px(7.8);
    private static final double BODY_LINE_SPACING = 4;
    private static final double BULLET_GAP = 10;
    private static final double BULLET_PADDING = 6;
    private static final double LIST_SPACING = 4;
    private static final double BLOCK_TITLE_PADDING = 6;
    /** A card's padding (14 px above and below, 16 px beside) and its 1 px border. */
    private static final double CARD_INSETS_HEIGHT = 30;
    private static final double CARD_INSETS_WIDTH = 34;
    private static final double CARD_SPACING = 6;
    /** A chart's padding: 14 px above and below, 16 px beside. */
    private static final double CHART_INSETS_HEIGHT = 28;
    private static final double CHART_INSETS_WIDTH = 32;
    private static final double BAR_HEIGHT = 22;
    private static final double BAR_GAP = 10;
    /** A quote's padding (8 px above and below, 20 px left) and its 4 px rule, and the gap to its speaker. */
    private static final double QUOTE_INSETS_HEIGHT = 16;
    private static final double QUOTE_INSETS_WIDTH = 24;
    private static final double QUOTE_SPACING = 6;
    /** A callout's padding (12 px above and below, 16 px beside) and its 4 px rule, and the gap to its text. */
    private static final double CALLOUT_INSETS_HEIGHT = 24;
    private static final double CALLOUT_INSETS_WIDTH = 36;
    private static final double CALLOUT_SPACING = 4;
    /** A timeline's padding (4 px above and below), its dots' column and the gaps between columns and rows. */
    private static final double TIMELINE_INSETS_HEIGHT = 8;
    private static final double TIMELINE_DOTS_AND_GAPS = 12 + 2 * 14;
    private static final double TIMELINE_ROW_GAP = 14;
    private static final double HEADING_2_PADDING = 12;
    /** A table's top rule; each cell's padding (6 px above and below) and bottom rule. */
    private static final double TABLE_RULE = 1;
    private static final double CELL_INSETS_HEIGHT = 13;
    private static final double CELL_INSETS_WIDTH = 20;
    /** A code block's padding (10 px above and below) and its border; the scroll bar a line too wide brings. */
    private static final double CODE_INSETS_HEIGHT = 22;
    private static final double CODE_INSETS_WIDTH = 26;
    private static final double SCROLL_BAR = 14;
    private static final double CAPTION_GAP = 6;
    /** The light plate a picture stands on, on each side ({@code BlockViews}). */
    private static final double PICTURE_PLATE_PADDING = 8;

    private final Briefing briefing;

    BlockMeasure(Briefing briefing) {
        this.briefing = briefing;
    }

    static double text(String text, Face face, double em, double width, double lineSpacing) {
        return StageFonts.height(text, StageFonts.font(face, px(em)), width, lineSpacing);
    }

    static double line(Face face, double em) {
        return StageFonts.lineHeight(StageFonts.font(face, px(em)));
    }

    double height(Block block, double width) {
        if (block instanceof Heading heading) {
            return (heading.level() == 2 ? HEADING_2_PADDING : 0)
                    + text(heading.text(), Face.BOLD, SlideStage.heading(heading.level()), width, 0);
        } else if (block instanceof Paragraph paragraph) {
            return body(paragraph.text(), width);
        } else if (block instanceof BulletList list) {
            return bulletList(list, width);
        } else if (block instanceof KeyFigure figure) {
            return keyFigure(figure);
        } else if (block instanceof BarChart chart) {
            return barChart(chart, width);
        } else if (block instanceof Quote quote) {
            double inner = width - QUOTE_INSETS_WIDTH;
            return QUOTE_INSETS_HEIGHT + QUOTE_SPACING + text("“" + quote.text() + "”", Face.ITALIC, SlideStage.QUOTE,
                    inner, 0) + text("— " + quote.speaker(), Face.REGULAR, 1, inner, 0);
        } else if (block instanceof Callout callout) {
            double inner = width - CALLOUT_INSETS_WIDTH;
            return CALLOUT_INSETS_HEIGHT + CALLOUT_SPACING
                    + text(callout.title(), Face.BOLD, SlideStage.BLOCK_TITLE, inner, 0) + body(callout.text(), inner);
        } else if (block instanceof Timeline timeline) {
            return timeline(timeline, width);
        } else if (block instanceof ImageBlock image) {
            return image(image, width);
        } else if (block instanceof LinkBlock link) {
            return body(link.isOpenable() ? link.text() : link.text() + " (" + link.href() + ")", width);
        } else if (block instanceof Table table) {
            return table(table, width);
        } else if (block instanceof CodeBlock code) {
            return CODE_INSETS_HEIGHT + code.text().split("\n", -1).length * line(Face.MONO, 1)
                    + scrollBarIfWide(code, width);
        }
        throw new IllegalArgumentException("No stage size for blocks of kind " + block.getClass().getSimpleName());
    }

    private static double body(String text, double width) {
        return text(text, Face.REGULAR, SlideStage.BODY, width, BODY_LINE_SPACING);
    }

    private static double blockTitle(String title, double width) {
        return title == null ? 0 : text(title, Face.BOLD, SlideStage.BLOCK_TITLE, width, 0) + BLOCK_TITLE_PADDING;
    }

    private static double bulletList(BulletList list, double width) {
        double height = 0;
        int children = 0;
        if (list.title() != null) {
            height += blockTitle(list.title(), width);
            children++;
        }
        double bulletWidth = BULLET_PADDING + StageFonts.width("•", StageFonts.font(Face.REGULAR, px(SlideStage.BODY)));
        double textWidth = width - bulletWidth - BULLET_GAP;
        for (BulletList.Item item : list.items()) {
            height += point(item.text(), textWidth);
            for (String below : item.items()) {
                height += LIST_SPACING + point(below, textWidth - px(1.6));
            }
            children++;
        }
        return height + Math.max(0, children - 1) * LIST_SPACING;
    }

    private static double point(String text, double width) {
        return Math.max(line(Face.REGULAR, SlideStage.BODY), body(text, width));
    }

    private static double keyFigure(KeyFigure figure) {
        double inner = FIGURE_CARD_WIDTH - CARD_INSETS_WIDTH;
        String value = (figure.approximate() ? "≈ " : "") + FigureFormat.value(figure, figure.value());
        double values = line(Face.BOLD, SlideStage.FIGURE_VALUE);
        if (StageFonts.width(value, StageFonts.font(Face.BOLD, px(SlideStage.FIGURE_VALUE))) > inner) {
            values *= 2;
        }
        double content = CARD_INSETS_HEIGHT + values + CARD_SPACING
                + text(figure.label(), Face.REGULAR, SlideStage.FIGURE_LABEL, inner, 0);
        return Math.max(FIGURE_CARD_MIN_HEIGHT, content);
    }

    private static double barChart(BarChart chart, double width) {
        double inner = width - CHART_INSETS_WIDTH;
        double height = CHART_INSETS_HEIGHT + blockTitle(chart.title() + " (" + chart.unit() + ")", inner);
        double labelWidth = inner * 0.34;
        for (BarChart.Bar bar : chart.bars()) {
            height += Math.max(BAR_HEIGHT, text(bar.label(), Face.REGULAR, 1, labelWidth, 0));
        }
        return height + Math.max(0, chart.bars().size() - 1) * BAR_GAP;
    }

    private static double timeline(Timeline timeline, double width) {
        double height = TIMELINE_INSETS_HEIGHT + blockTitle(timeline.title(), width);
        double whenWidth = (width - TIMELINE_DOTS_AND_GAPS) * 0.26;
        double textWidth = width - TIMELINE_DOTS_AND_GAPS - whenWidth;
        for (Timeline.Event event : timeline.events()) {
            height += Math.max(text(event.when(), Face.BOLD, 1, whenWidth, 0), body(event.text(), textWidth));
        }
        return height + Math.max(0, timeline.events().size() - 1) * TIMELINE_ROW_GAP;
    }

    private double image(ImageBlock block, double width) {
        ImageData data = briefing.images().get(block.src());
        double height = 0;
        if (data != null && data.width() > 0) {
            double shown = Math.min(data.width(), width - 2 * PICTURE_PLATE_PADDING);
            height += shown * data.height() / data.width() + 2 * PICTURE_PLATE_PADDING;
        }
        if (block.caption() != null) {
            height += (data != null ? CAPTION_GAP : 0) + text(block.caption(), Face.REGULAR, SlideStage.CAPTION, width,
                    0);
        }
        return height;
    }

    private static double table(Table table, double width) {
        double height = TABLE_RULE + blockTitle(table.caption(), width);
        int columns = Math.max(1, table.header().size());
        double cellWidth = width / columns - CELL_INSETS_WIDTH;
        height += row(table.header(), cellWidth, Face.BOLD);
        for (int row = 0; row < table.rows().size(); row++) {
            int index = row;
            height += row(IntStream.range(0, columns).mapToObj(column -> table.cell(index, column)).toList(),
                    cellWidth, Face.REGULAR);
        }
        return height;
    }

    private static double row(List<String> cells, double width, Face face) {
        double tallest = line(face, SlideStage.TABLE_TEXT);
        for (String cell : cells) {
            tallest = Math.max(tallest, text(cell, face, SlideStage.TABLE_TEXT, width, 0));
        }
        return tallest + CELL_INSETS_HEIGHT;
    }

    private static double scrollBarIfWide(CodeBlock code, double width) {
        Font mono = StageFonts.font(Face.MONO, px(1));
        boolean wide = code.text().lines().anyMatch(line -> StageFonts.width(line, mono) + CODE_INSETS_WIDTH > width);
        return wide ? SCROLL_BAR : 0;
    }
}
