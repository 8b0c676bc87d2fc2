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

    /** A bundle with one problem that has no place inside the document. */
    static BundleException of(String source, String message, String hint) {
        return new BundleException(source, List.of(Problem.error(source, "$", 0, 0, message, hint)));
    }

    public String source() {
        return source;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The first error, then how many more problems there are, on one line. */
    public String oneLine() {
        Problem first = problems.stream().filter(Problem::isError).findFirst().orElse(problems.get(0));
        int more = problems.size() - 1;
        return source + " cannot be opened: " + first.describe() + (more > 0 ? " (and " + more + " more)" : "");
    }

    private static String summary(String source, List<Problem> problems) {
        String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return problems.stream()
                .map(problem -> "  " + problem.describe())
                .collect(Collectors.joining("\n", source + " cannot be opened (" + count + "):\n", ""));
    }
}
