package org.briefingviewer.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.search.SearchIndex;

/**
 * Search latency per keystroke: each query is typed a character at a time and every prefix is searched, as the
 * search field does. Not a test: {@code SearchBenchmark} prints median and p95 per briefing.
 */
public final class SearchBenchmark {

    private static final List<String> QUERIES = List.of("semiconductors", "\"joint defense\"", "tariff 15",
            "alliance", "troops", "investment energy", "zeppelin", "shipbuilding batteries");
    private static final int ROUNDS = 20;

    private SearchBenchmark() {
    }

    public static void main(String[] args) {
        System.out.println("| briefing | keystrokes | median ms | p95 ms | max ms |");
        System.out.println("|---|---:|---:|---:|---:|");
        measure("summit", new BriefingLoader().loadEmbedded());
        measure("1,000 synthetic panels", SyntheticBriefings.generate(1000, 42));
    }

    private static void measure(String name, Briefing briefing) {
        SearchIndex index = new SearchIndex(briefing);
        List<Double> millis = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (String query : QUERIES) {
                for (int length = 1; length <= query.length(); length++) {
                    long start = System.nanoTime();
                    index.search(query.substring(0, length));
                    if (round > 2) {
                        millis.add((System.nanoTime() - start) / 1e6);
                    }
                }
            }
        }
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f |%n", name, millis.size(),
                millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.95)), millis.get(millis.size() - 1));
    }
}
