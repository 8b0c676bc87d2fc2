package org.briefingviewer.bundle;

import java.util.List;
import org.briefingviewer.model.Briefing;

/**
 * What checking a bundle found: every problem, errors and warnings, and the briefing when there is no error.
 *
 * @param name     the bundle as its reader named it
 * @param briefing the loaded briefing, or {@code null} when there is an error
 */
public record BundleCheck(String name, Briefing briefing, List<Problem> problems) {

    public BundleCheck {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> warnings() {
        return problems.stream().filter(problem -> !problem.isError()).toList();
    }

    /** The briefing, or the exception listing every problem. */
    public Briefing orThrow() throws BundleException {
        if (briefing == null) {
            throw new BundleException(name, problems);
        }
        return briefing;
    }
}
