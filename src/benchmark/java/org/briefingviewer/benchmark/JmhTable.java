package org.briefingviewer.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints {@link BundleLoadBenchmark}'s JMH results ({@code -rf json}) as a markdown table, one row per briefing size:
 * {@code JmhTable RESULTS.json}. Times are medians of JMH's raw samples (forks for a cold load, iterations for a warm
 * one); allocation is JMH's {@code gc.alloc.rate.norm}.
 */
public final class JmhTable {

    private static final double MEGABYTE = 1024 * 1024;

    private JmhTable() {
    }

    public static void main(String[] args) throws IOException {
        Map<Integer, Row> rows = new TreeMap<>();
        for (JsonNode result : new ObjectMapper().readTree(Path.of(args[0]).toFile())) {
            int panels = result.path("params").path("panels").asInt();
            Row row = rows.computeIfAbsent(panels, Row::new);
            double median = median(result.path("primaryMetric").path("rawData"));
            if (result.path("benchmark").asText().endsWith(".cold")) {
                row.coldMs = median;
            } else {
                row.warmMs = median;
                row.allocatedMb = result.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble()
                        / MEGABYTE;
            }
        }
        System.out.println("| panels | first load in a fresh JVM, ms | load, warm, ms | warm, ms per panel "
                + "| allocated per load, MB |");
        System.out.println("|---:|---:|---:|---:|---:|");
        rows.values().forEach(row -> System.out.println(row.markdown()));
    }

    private static double median(JsonNode rawData) {
        List<Double> samples = new ArrayList<>();
        rawData.forEach(fork -> fork.forEach(sample -> samples.add(sample.asDouble())));
        samples.sort(null);
        int middle = samples.size() / 2;
        return samples.size() % 2 == 1 ? samples.get(middle) : (samples.get(middle - 1) + samples.get(middle)) / 2;
    }

    private static final class Row {
        private final int panels;
        private double coldMs = Double.NaN;
        private double warmMs = Double.NaN;
        private double allocatedMb = Double.NaN;

        Row(int panels) {
            this.panels = panels;
        }

        String markdown() {
            return String.format(Locale.ROOT, "| %d | %.0f | %.1f | %.3f | %.1f |", panels, coldMs, warmMs,
                    warmMs / panels, allocatedMb);
        }
    }
}
