package org.briefingviewer.bundle;

import java.text.Normalizer;
import java.util.Locale;

/** Ids in the form a bundle requires (lower-case words joined by hyphens), made from titles and file names. */
final class Slugs {

    static final int MAX_LENGTH = 64;

    private Slugs() {
    }

    /** {@code text} as an id, or {@code fallback} when nothing of it can be one. */
    static String of(String text, String fallback) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (folded.length() > MAX_LENGTH) {
            folded = folded.substring(0, MAX_LENGTH).replaceAll("-[^-]*$|-$", "");
        }
        return folded.isEmpty() ? fallback : folded;
    }
}
