package org.briefingviewer.model;

/**
 * What a briefing says about itself.
 *
 * @param asOf     the point in time the content describes, in the source's own wording
 * @param handling the handling marking shown on every view and page
 * @param language a BCP 47 language tag
 * @param author   the author or organisation, or {@code null} when the bundle names none
 */
public record Metadata(String id, String title, String subtitle, String asOf, String handling, String language,
                       String author) {
}
