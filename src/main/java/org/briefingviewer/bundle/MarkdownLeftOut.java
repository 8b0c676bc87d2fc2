package org.briefingviewer.bundle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;

/**
 * What a Markdown file holds that a briefing has no place for: left out, with one warning per kind naming the
 * first place and how many more there are, never an error.
 */
final class MarkdownLeftOut {

    /** A kind of thing left out: what to call it and what the author can do instead. */
    record Kind(String what, String hint) {
    }

    static final Kind HTML = new Kind("raw HTML", "Write it as Markdown: a briefing shows text, lists, tables,"
            + " pictures and links.");
    static final Kind COMPONENT = new Kind("Vue components", "A briefing shows no components; write their content"
            + " as Markdown.");
    static final Kind STYLE = new Kind("style sheets", "The viewer's themes style every briefing alike.");
    static final Kind SCRIPT = new Kind("scripts", "A briefing runs no code.");
    static final Kind MATH = new Kind("LaTeX formulas", "Write the formula out in words or as a picture.");
    static final Kind MERMAID = new Kind("Mermaid diagrams", "Export the diagram as a PNG picture and show it with"
            + " ![what it shows](picture.png).");
    static final Kind SLIDE_SETTINGS = new Kind("per-slide settings", "Panels take no settings; the viewer lays"
            + " out every panel alike.");
    static final Kind MARP_DIRECTIVES = new Kind("Marp directives", "The viewer's themes and layout replace them.");
    static final Kind PICTURE_IN_TEXT = new Kind("pictures inside text", "Put a picture in a paragraph of its own:"
            + " ![what it shows](picture.png).");
    static final Kind NESTED_LISTS = new Kind("list levels that a briefing does not nest (their items are shown"
            + " one level up)", "Bullet lists take two levels; figures and timelines one.");
    static final Kind DECK_SETTINGS = new Kind("front-matter settings", "A briefing's front matter holds id,"
            + " title, subtitle, asOf, handling, language and author.");

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([A-Za-z][\\w.:-]*)");

    private record Seen(Locations.Place first, List<String> names, int[] count) {
    }

    private final String file;
    private final Map<Kind, Seen> seen = new LinkedHashMap<>();

    MarkdownLeftOut(String file) {
        this.file = file;
    }

    void add(Kind kind, Node node) {
        add(kind, MarkdownPlaces.of(node), null);
    }

    void add(Kind kind, Locations.Place place, String name) {
        Seen entry = seen.computeIfAbsent(kind, k -> new Seen(place, new ArrayList<>(), new int[1]));
        entry.count()[0]++;
        if (name != null && !entry.names().contains(name) && entry.names().size() < 8) {
            entry.names().add(name);
        }
    }

    /** Raw HTML, sorted into its kind by its tag. */
    void html(String html, Locations.Place place) {
        Matcher tag = TAG.matcher(html);
        String name = tag.find() ? tag.group(1) : null;
        if (name == null) {
            add(HTML, place, null);
        } else if (name.equalsIgnoreCase("style")) {
            add(STYLE, place, null);
        } else if (name.equalsIgnoreCase("script")) {
            add(SCRIPT, place, null);
        } else if (Character.isUpperCase(name.charAt(0)) || name.contains("-") || html.contains(" v-")) {
            add(COMPONENT, place, name);
        } else {
            add(HTML, place, "<" + name + ">");
        }
    }

    void inlineHtml(HtmlInline html) {
        String literal = html.getLiteral();
        var comment = MarkdownDirective.commentText(literal);
        if (comment.isPresent()) {
            if (MarkdownDirective.kindOf(comment.get()) == MarkdownDirective.Kind.MARP) {
                add(MARP_DIRECTIVES, MarkdownPlaces.of(html), MarkdownDirective.marpName(comment.get()));
            }
            return;
        }
        if (!literal.startsWith("</")) {
            html(literal, MarkdownPlaces.of(html));
        }
    }

    List<Problem> warnings() {
        List<Problem> warnings = new ArrayList<>();
        seen.forEach((kind, entry) -> {
            int more = entry.count()[0] - 1;
            String names = entry.names().isEmpty() ? "" : " (" + String.join(", ", entry.names()) + ")";
            String where = more == 0 ? "" : more == 1 ? ", and 1 more place" : ", and " + more + " more places";
            warnings.add(new Problem(Problem.Severity.WARNING, file, "$", entry.first().line(),
                    entry.first().column(), "left out " + kind.what() + names + " here" + where
                    + ": a briefing has no place for them", kind.hint()));
        });
        return warnings;
    }
}
