package org.briefingviewer.slides;

import static org.briefingviewer.slides.SlideStage.px;

import java.awt.Font;
import java.util.List;
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
 * view's stylesheet. The room's slides carry no citation marks, so none are measured.
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
            return (heading.level() == 2 ? 12 : 0) + text(heading.text(), Face.BOLD, SlideStage.heading(heading.level()),
                    width, 0);
        } else if (block instanceof Paragraph paragraph) {
            return body(paragraph.text(), width);
        } else if (block instanceof BulletList list) {
            return bulletList(list, width);
        } else if (block instanceof KeyFigure figure) {
            return keyFigure(figure);
        } else if (block instanceof BarChart chart) {
            return barChart(chart, width);
        } else if (block instanceof Quote quote) {
            return 16 + 6 + text("“" + quote.text() + "”", Face.ITALIC, SlideStage.QUOTE, width - 24, 0)
                    + text("— " + quote.speaker(), Face.REGULAR, 1, width - 24, 0);
        } else if (block instanceof Callout callout) {
            return 24 + 4 + text(callout.title(), Face.BOLD, SlideStage.BLOCK_TITLE, width - 36, 0)
                    + body(callout.text(), width - 36);
        } else if (block instanceof Timeline timeline) {
            return timeline(timeline, width);
        } else if (block instanceof ImageBlock image) {
            return image(image, width);
        } else if (block instanceof LinkBlock link) {
            return body(link.isOpenable() ? link.text() : link.text() + " (" + link.href() + ")", width);
        } else if (block instanceof Table table) {
            return table(table, width);
        } else if (block instanceof CodeBlock code) {
            return 22 + code.text().split("\n", -1).length * line(Face.MONO, 1) + scrollBarIfWide(code, width);
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
        double inner = FIGURE_CARD_WIDTH - 34;
        String value = (figure.approximate() ? "≈ " : "") + FigureFormat.value(figure, figure.value());
        double values = line(Face.BOLD, SlideStage.FIGURE_VALUE);
        if (StageFonts.width(value, StageFonts.font(Face.BOLD, px(SlideStage.FIGURE_VALUE))) > inner) {
            values *= 2;
        }
        double content = 30 + values + 6 + text(figure.label(), Face.REGULAR, SlideStage.FIGURE_LABEL, inner, 0);
        return Math.max(FIGURE_CARD_MIN_HEIGHT, content);
    }

    private static double barChart(BarChart chart, double width) {
        double inner = width - 32;
        double height = 28 + blockTitle(chart.title() + " (" + chart.unit() + ")", inner);
        double labelWidth = inner * 0.34;
        for (BarChart.Bar bar : chart.bars()) {
            height += Math.max(22, text(bar.label(), Face.REGULAR, 1, labelWidth, 0));
        }
        return height + Math.max(0, chart.bars().size() - 1) * 10;
    }

    private static double timeline(Timeline timeline, double width) {
        double height = 8 + blockTitle(timeline.title(), width);
        double whenWidth = (width - 12 - 28) * 0.26;
        double textWidth = width - 12 - 28 - whenWidth;
        for (Timeline.Event event : timeline.events()) {
            height += Math.max(text(event.when(), Face.BOLD, 1, whenWidth, 0), body(event.text(), textWidth));
        }
        return height + Math.max(0, timeline.events().size() - 1) * 14;
    }

    private double image(ImageBlock block, double width) {
        ImageData data = briefing.images().get(block.src());
        double height = 0;
        if (data != null && data.width() > 0) {
            double shown = Math.min(data.width(), width);
            height += shown * data.height() / data.width();
        }
        if (block.caption() != null) {
            height += (data != null ? 6 : 0) + text(block.caption(), Face.REGULAR, SlideStage.CAPTION, width, 0);
        }
        return height;
    }

    private static double table(Table table, double width) {
        double height = 1 + blockTitle(table.caption(), width);
        int columns = Math.max(1, table.header().size());
        double cellWidth = width / columns - 20;
        height += row(table.header(), cellWidth, Face.BOLD);
        for (int row = 0; row < table.rows().size(); row++) {
            int index = row;
            height += row(java.util.stream.IntStream.range(0, columns).mapToObj(c -> table.cell(index, c)).toList(),
                    cellWidth, Face.REGULAR);
        }
        return height;
    }

    private static double row(List<String> cells, double width, Face face) {
        double tallest = line(face, SlideStage.TABLE_TEXT);
        for (String cell : cells) {
            tallest = Math.max(tallest, text(cell, face, SlideStage.TABLE_TEXT, width, 0));
        }
        return tallest + 13;
    }

    private static double scrollBarIfWide(CodeBlock code, double width) {
        Font mono = StageFonts.font(Face.MONO, px(1));
        boolean wide = code.text().lines().anyMatch(line -> StageFonts.width(line, mono) + 26 > width);
        return wide ? 14 : 0;
    }
}
