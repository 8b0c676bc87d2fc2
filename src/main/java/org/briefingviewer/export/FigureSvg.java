package org.briefingviewer.export;

import org.briefingviewer.model.BarChart;
import org.briefingviewer.model.FigureFormat;
import org.briefingviewer.model.KeyFigure;
import org.w3c.dom.Element;

/**
 * Draws key figures and bar charts as inline SVG: vector on the page, and a tagged Figure whose alternative text
 * states the data.
 */
final class FigureSvg {

    static final String ACCENT = "#0969da";
    static final String MUTED = "#57606a";
    static final String TEXT = "#1f2328";
    static final String TRACK = "#eaeef2";

    private static final double CARD_WIDTH = 210;
    private static final double CARD_HEIGHT = 46;
    private static final double CHART_WIDTH = 360;
    private static final double ROW_HEIGHT = 44;
    private static final double BAR_HEIGHT = 16;
    private static final double VALUE_SPACE = 48;

    private final Xhtml html;
    private final Layout layout;

    FigureSvg(Xhtml html, Layout layout) {
        this.html = html;
        this.layout = layout;
    }

    /** Card and chart widths, in CSS pixels, that fit the card and column widths of each layout's stylesheet. */
    private double cardDisplayWidth() {
        return switch (layout) {
            case DOCUMENT -> 170;
            case SLIDES -> 160;
            case HANDOUT -> 110;
        };
    }

    private double chartDisplayWidth() {
        return switch (layout) {
            case DOCUMENT -> 440;
            case SLIDES -> 420;
            case HANDOUT -> 250;
        };
    }

    void keyFigure(Element parent, KeyFigure figure) {
        Element svg = html.svg(parent, CARD_WIDTH, CARD_HEIGHT, cardDisplayWidth(), FigureFormat.describe(figure));
        Element text = text(svg, 0, 36, TEXT, 14);
        if (figure.hasBefore()) {
            span(text, FigureFormat.value(figure, figure.before()), MUTED, 18, false);
            span(text, " → ", MUTED, 18, false);
        }
        String approximately = figure.approximate() ? "≈ " : "";
        span(text, approximately + FigureFormat.value(figure, figure.value()), ACCENT, 28, true);
    }

    void barChart(Element parent, BarChart chart) {
        double height = chart.bars().size() * ROW_HEIGHT;
        Element svg = html.svg(parent, CHART_WIDTH, height, chartDisplayWidth(), chart.describe());
        double max = chart.maxValue();
        double trackWidth = CHART_WIDTH - VALUE_SPACE;
        for (int row = 0; row < chart.bars().size(); row++) {
            BarChart.Bar bar = chart.bars().get(row);
            double top = row * ROW_HEIGHT;
            html.text(text(svg, 0, top + 13, TEXT, 12), bar.label());
            rect(svg, 0, top + 18, trackWidth, BAR_HEIGHT, TRACK);
            double width = max <= 0 ? 0 : trackWidth * (bar.value() / max);
            rect(svg, 0, top + 18, width, BAR_HEIGHT, ACCENT);
            Element value = text(svg, trackWidth + 8, top + 31, TEXT, 12);
            value.setAttribute("font-weight", "bold");
            html.text(value, FigureFormat.number(bar.value()));
        }
    }

    private Element text(Element svg, double x, double y, String colour, double size) {
        Element text = html.svgAdd(svg, "text");
        text.setAttribute("x", Xhtml.format(x));
        text.setAttribute("y", Xhtml.format(y));
        text.setAttribute("fill", colour);
        text.setAttribute("font-family", "Noto Sans");
        text.setAttribute("font-size", Xhtml.format(size));
        return text;
    }

    private void span(Element text, String content, String colour, double size, boolean bold) {
        Element span = html.svgAdd(text, "tspan");
        span.setAttribute("fill", colour);
        span.setAttribute("font-size", Xhtml.format(size));
        if (bold) {
            span.setAttribute("font-weight", "bold");
        }
        html.text(span, content);
    }

    private void rect(Element svg, double x, double y, double width, double height, String colour) {
        Element rect = html.svgAdd(svg, "rect");
        rect.setAttribute("x", Xhtml.format(x));
        rect.setAttribute("y", Xhtml.format(y));
        rect.setAttribute("width", Xhtml.format(width));
        rect.setAttribute("height", Xhtml.format(height));
        rect.setAttribute("rx", "3");
        rect.setAttribute("fill", colour);
    }
}
