package org.briefingviewer.bundle;

import java.util.List;
import java.util.stream.Collectors;

/** A bundle that cannot be shown, with every problem found in it. */
public class BundleException extends Exception {

    private final String source;
    private final transient List<Problem> problems;

    public BundleException(String source, List<Problem> problems) {
        super(summary(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(String source, List<Problem> problems) {
        String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return problems.stream()
                .map(problem -> "  " + problem.describe())
                .collect(Collectors.joining("\n", source + " cannot be opened (" + count + "):\n", ""));
    }
}
