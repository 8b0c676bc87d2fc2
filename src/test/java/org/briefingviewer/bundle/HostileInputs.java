package org.briefingviewer.bundle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Checks every file in a folder and prints, for each, its name and whether it was refused with a located problem
 * ({@code located}), loaded ({@code loaded}) or refused without a place ({@code unlocated}). Run by
 * {@link HostileInputsTest} in a JVM with a small heap, so that memory the inputs ask for shows.
 */
public final class HostileInputs {

    private HostileInputs() {
    }

    public static void main(String[] args) throws Exception {
        BriefingLoader loader = new BriefingLoader();
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path file : files.sorted().toList()) {
                BundleCheck check = loader.check(file);
                String outcome = check.briefing() != null ? "loaded"
                        : check.problems().stream().filter(Problem::isError).allMatch(problem -> problem.line() > 0
                        || problem.path().equals("$")) ? "located" : "unlocated";
                System.out.println(file.getFileName() + " " + outcome);
            }
        }
    }
}
