package org.briefingviewer.model;

import java.util.List;
import java.util.stream.Collectors;

/** Labelled values on one scale, drawn as horizontal bars. */
public record BarChart(String id, List<String> cites, String title, String unit, List<Bar> bars) implements Block {

    public BarChart {
        cites = Lists.copyOrEmpty(cites);
        bars = Lists.copyOrEmpty(bars);
    }

    public double maxValue() {
        return bars.stream().mapToDouble(Bar::value).max().orElse(0);
    }

    /** States the chart's data in words, for screen readers and alternative text. */
    public String describe() {
        return bars.stream()
                .map(bar -> bar.label() + " " + FigureFormat.number(bar.value()))
                .collect(Collectors.joining("; ", "Bar chart, " + title + ", in " + unit + ": ", "."));
    }

    public record Bar(String label, double value) {
    }
}
