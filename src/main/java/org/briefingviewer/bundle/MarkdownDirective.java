package org.briefingviewer.bundle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML comment that tells the viewer how to read what follows, such as {@code <!-- panel: id=trade icon=trade -->}
 * or {@code <!-- figure id=trade-tariff -->}: a name, an optional colon, then words and {@code key=value} pairs.
 * A comment of any other form is a speaker note.
 */
record MarkdownDirective(String name, Map<String, String> attributes) {

    static final String PANEL = "panel";
    static final String BLOCK = "block";
    static final String STEPS = "steps";
    static final String FIGURE = "figure";
    static final String FIGURES = "figures";
    static final String CHART = "chart";
    static final String TIMELINE = "timeline";

    static final List<String> NAMES = List.of(PANEL, BLOCK, STEPS, FIGURE, FIGURES, CHART, TIMELINE);

    /** Marp's directives, which style slides; a briefing has no use for them. */
    private static final Set<String> MARP = Set.of("marp", "theme", "paginate", "header", "footer", "class",
            "backgroundcolor", "backgroundimage", "backgroundposition", "backgroundrepeat", "backgroundsize", "color",
            "size", "math", "style", "headingdivider", "lang", "fit", "transition", "author", "description",
            "image", "keywords", "url", "title");

    private static final Pattern FORM = Pattern.compile(
            "([A-Za-z_][\\w-]*)(:?)((?:\\s+[A-Za-z][\\w-]*(?:=(?:\"[^\"]*\"|[^\\s\"]+))?)*)\\s*");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z][\\w-]*)(?:=(?:\"([^\"]*)\"|([^\\s\"]+)))?");

    /** What a comment is: one of ours, one of Marp's, one with a directive's form but an unknown name, or a note. */
    enum Kind { OURS, MARP, UNKNOWN, NOTE }

    /** The comment's text between {@code <!--} and {@code -->}, or empty when {@code html} is not one comment. */
    static Optional<String> commentText(String html) {
        String trimmed = html.strip();
        if (!trimmed.startsWith("<!--") || !trimmed.endsWith("-->") || trimmed.length() < 7) {
            return Optional.empty();
        }
        String inner = trimmed.substring(4, trimmed.length() - 3);
        return inner.contains("-->") ? Optional.empty() : Optional.of(inner);
    }

    static Kind kindOf(String comment) {
        String text = comment.strip();
        if (comment.contains("\n")) {
            return Kind.NOTE;
        }
        String marpName = text.replaceFirst("^_", "").split("[:\\s]", 2)[0].toLowerCase(Locale.ROOT);
        Matcher form = FORM.matcher(text);
        if (!form.matches()) {
            return MARP.contains(marpName) && text.matches("_?[A-Za-z]+\\s*:.*") ? Kind.MARP : Kind.NOTE;
        }
        if (NAMES.contains(form.group(1))) {
            return Kind.OURS;
        }
        if (MARP.contains(marpName)) {
            return Kind.MARP;
        }
        boolean looksLikeDirective = !form.group(2).isEmpty() || form.group(3).contains("=");
        return looksLikeDirective ? Kind.UNKNOWN : Kind.NOTE;
    }

    /** The directive a comment of kind {@link Kind#OURS} or {@link Kind#UNKNOWN} states. */
    static MarkdownDirective parse(String comment) {
        Matcher form = FORM.matcher(comment.strip());
        if (!form.matches()) {
            throw new IllegalArgumentException("not a directive: " + comment);
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(form.group(3));
        while (attribute.find()) {
            String value = attribute.group(2) != null ? attribute.group(2) : attribute.group(3);
            attributes.put(attribute.group(1), value == null ? "" : value);
        }
        return new MarkdownDirective(form.group(1), attributes);
    }

    Optional<String> attribute(String key) {
        return Optional.ofNullable(attributes.get(key));
    }

    boolean has(String flag) {
        return attributes.containsKey(flag);
    }

    /** The Marp directive's name as written, for messages. */
    static String marpName(String comment) {
        return comment.strip().split("[:\\s]", 2)[0];
    }
}
