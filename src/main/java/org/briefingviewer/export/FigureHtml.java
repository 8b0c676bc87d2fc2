package org.briefingviewer.export;

import java.util.Locale;
import org.briefingviewer.model.BarChart;
import org.briefingviewer.model.FigureFormat;
import org.briefingviewer.model.KeyFigure;
import org.w3c.dom.Element;

/**
 * Writes key figures and bar charts as text in boxes, so that a PDF reader finds, selects and copies their
 * figures, labels and values in reading order; the bars are plain boxes the stylesheet colours.
 */
final class FigureHtml {

    private final Xhtml html;

    FigureHtml(Xhtml html) {
        this.html = html;
    }

    void keyFigure(Element card, KeyFigure figure) {
        Element value = html.add(card, "p", "figure-value");
        if (figure.hasBefore()) {
            html.addText(value, "span", FigureFormat.value(figure, figure.before()), "figure-before");
            html.addText(value, "span", " → ", "figure-arrow");
        }
        String approximately = figure.approximate() ? "≈ " : "";
        html.addText(value, "span", approximately + FigureFormat.value(figure, figure.value()), "figure-now");
    }

    void barChart(Element chartBox, BarChart chart) {
        Element bars = html.add(chartBox, "div", "bars");
        double max = chart.maxValue();
        for (BarChart.Bar bar : chart.bars()) {
            Element row = html.add(bars, "div", "bar-row");
            html.addText(row, "p", bar.label(), "bar-label");
            Element line = html.add(row, "div", "bar-line");
            Element track = html.add(html.add(line, "div", "bar-cell"), "div", "bar-track");
            Element filled = html.add(track, "div", "bar");
            filled.setAttribute("style", "width: " + percent(max <= 0 ? 0 : bar.value() / max));
            html.addText(line, "p", FigureFormat.number(bar.value()), "bar-value");
        }
    }

    /** The bar's length is the data itself, so it is the one style the stylesheet cannot hold. */
    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * Math.max(0, Math.min(1, share)));
    }
}
