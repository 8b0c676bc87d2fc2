package org.briefingviewer.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Draws time to first frame and peak memory against briefing size as an SVG, from the benchmark's figures:
 * {@code ScaleChart OUT.svg PANELS:MS:MB ...}; the exact figures are in the table beside it. Both axes are linear, so growth in proportion to the panels shows
 * as a straight line.
 */
public final class ScaleChart {

    private static final int CHART_WIDTH = 360;
    private static final int CHART_HEIGHT = 240;
    private static final int LEFT = 60;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;
    private static final int GAP = 90;

    record Point(double panels, double millis, double megabytes) {
    }

    private final StringBuilder svg = new StringBuilder();

    private ScaleChart() {
    }

    public static void main(String[] args) throws IOException {
        List<Point> points = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String[] parts = args[i].split(":");
            points.add(new Point(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2])));
        }
        Files.writeString(Path.of(args[0]), new ScaleChart().draw(points));
    }

    String draw(List<Point> points) {
        int width = LEFT + CHART_WIDTH + GAP + LEFT + CHART_WIDTH + 20;
        int height = TOP + CHART_HEIGHT + BOTTOM;
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " font-family=\"sans-serif\" font-size=\"12\">%n<rect width=\"100%%\" height=\"100%%\""
                + " fill=\"white\"/>%n", width, height));
        double mostPanels = niceCeiling(points.stream().mapToDouble(Point::panels).max().orElse(1));
        chart(LEFT, "First frame (ms, app image)", points, Point::millis, mostPanels, "#0969da");
        chart(LEFT + CHART_WIDTH + GAP + LEFT, "Peak RSS (MB)", points, Point::megabytes, mostPanels, "#8250df");
        svg.append("</svg>\n");
        return svg.toString();
    }

    private void chart(int left, String title, List<Point> points, ToDoubleFunction<Point> value, double mostPanels,
                       String colour) {
        double top = niceCeiling(points.stream().mapToDouble(value).max().orElse(1));
        text(left, TOP - 16, title, "start", "bold");
        line(left, TOP + CHART_HEIGHT, left + CHART_WIDTH, TOP + CHART_HEIGHT, "#57606a");
        line(left, TOP, left, TOP + CHART_HEIGHT, "#57606a");
        for (int step = 0; step <= 5; step++) {
            double tick = top * step / 5;
            double y = y(tick, top);
            line(left, y, left + CHART_WIDTH, y, "#eaeef2");
            text(left - 6, y + 4, String.format(Locale.ROOT, "%.0f", tick), "end", "normal");
        }
        for (int step = 0; step <= 5; step++) {
            double panels = mostPanels * step / 5;
            double x = x(left, panels, mostPanels);
            line(x, TOP + CHART_HEIGHT, x, TOP + CHART_HEIGHT + 4, "#57606a");
            text(x, TOP + CHART_HEIGHT + 18, String.format(Locale.ROOT, "%,.0f", panels), "middle", "normal");
        }
        text(left + CHART_WIDTH / 2.0, TOP + CHART_HEIGHT + 38, "panels", "middle", "normal");
        StringBuilder path = new StringBuilder();
        for (Point point : points) {
            double x = x(left, point.panels(), mostPanels);
            double y = y(value.applyAsDouble(point), top);
            path.append(path.isEmpty() ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>%n", x, y,
                    colour));
        }
        svg.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                path, colour));
    }

    private static double x(int left, double panels, double mostPanels) {
        return left + CHART_WIDTH * panels / mostPanels;
    }

    private static double y(double value, double top) {
        return TOP + CHART_HEIGHT * (1 - value / top);
    }

    private static double niceCeiling(double max) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double factor : new double[] {1, 2, 2.5, 5, 7.5, 10}) {
            if (factor * magnitude >= max) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private void line(double x1, double y1, double x2, double y2, String colour) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n",
                x1, y1, x2, y2, colour));
    }

    private void text(double x, double y, String content, String anchor, String weight) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-weight=\"%s\""
                + " fill=\"#24292f\">%s</text>%n", x, y, anchor, weight, content));
    }
}
