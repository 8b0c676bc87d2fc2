package org.briefingviewer.model;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Writes numbers the way the briefing's readers expect them: "28,500", "$100 billion", "15%". */
public final class FigureFormat {

    private FigureFormat() {
    }

    public static String number(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }

    /** The value with its prefix and unit, such as "$350 billion" or "15%". */
    public static String value(KeyFigure figure, double value) {
        return withUnit(figure.prefix(), value, figure.unit());
    }

    public static String withUnit(String prefix, double value, String unit) {
        StringBuilder text = new StringBuilder();
        if (prefix != null) {
            text.append(prefix);
        }
        text.append(number(value));
        if (unit != null && !unit.isEmpty()) {
            text.append(unit.equals("%") ? "" : " ").append(unit);
        }
        return text.toString();
    }

    /** A sentence stating the figure in full, for screen readers and alternative text. */
    public static String describe(KeyFigure figure) {
        String approximately = figure.approximate() ? "about " : "";
        String now = approximately + value(figure, figure.value());
        if (figure.hasBefore()) {
            String change = figure.value() < figure.before() ? "down" : figure.value() > figure.before() ? "up" : "unchanged";
            return figure.label() + ": " + now + ", " + change + " from " + value(figure, figure.before());
        }
        return figure.label() + ": " + now;
    }
}
