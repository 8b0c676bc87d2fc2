package org.briefingviewer.bundle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a briefing written in Markdown into the same document tree a JSON bundle parses to, with the place in the
 * Markdown file of every value, so the same checks guard both and report problems in the author's own lines.
 * docs/bundle-format.md describes the mapping.
 */
final class MarkdownBriefing {

    static final String EXTENSION = ".md";
    static final List<String> METADATA_KEYS = List.of("id", "title", "subtitle", "asOf", "handling", "language",
            "author");
    private static final Map<String, String> METADATA_DEFAULTS = Map.of("asOf", "Not stated", "handling",
            "Not marked", "language", "en");
    private static final Pattern SETTING_LINE = Pattern.compile("\\s*[A-Za-z_][\\w-]*\\s*:.*");
    private static final Pattern SETEXT_DASHES = Pattern.compile("\\s{0,3}-+\\s*");

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), FootnotesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .maxOpenBlockParsers(BundleLimits.MAX_NESTING_DEPTH)
            .maxInlineNesting(BundleLimits.MAX_NESTING_DEPTH)
            .build();

    /** The document tree read from a Markdown file, and where its values stand in that file. */
    record Read(ObjectNode document, MarkdownLocations locations) {
    }

    private final String file;
    private final List<String> lines;
    private final List<Problem> problems;
    private final MarkdownLocations locations;
    private final MarkdownLeftOut leftOut;
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    private MarkdownBriefing(String file, List<String> lines, List<Problem> problems) {
        this.file = file;
        this.lines = lines;
        this.problems = problems;
        this.locations = new MarkdownLocations(file);
        this.leftOut = new MarkdownLeftOut(file);
    }

    /**
     * Reads {@code text}, named {@code file} in problems; a briefing without an id takes one from
     * {@code fileName}. Problems found while reading, such as what was left out, are added to {@code problems}.
     */
    static Read read(String text, String file, String fileName, List<Problem> problems) {
        List<String> lines = List.of(text.split("\r\n|\r|\n", -1));
        return new MarkdownBriefing(file, lines, problems).read(fileName);
    }

    private Read read(String fileName) {
        MarkdownFrontMatter frontMatter = MarkdownFrontMatter.read(lines, file, problems);
        Node document = PARSER.parse(withoutFrontMatter(frontMatter.lines()));
        ObjectNode root = nodes.objectNode();
        root.put("formatVersion", BriefingLoader.FORMAT_VERSION);
        ObjectNode metadata = root.putObject("metadata");
        ArrayNode sources = root.putArray("sources");
        ArrayNode panels = root.putArray("panels");
        locations.put("$", new Locations.Place(1, 1));
        locations.put("$.metadata", new Locations.Place(1, 1));
        List<List<Node>> segments = segments(document, sources);
        Set<String> panelIds = new HashSet<>();
        for (List<Node> segment : segments) {
            String path = "$.panels[" + panels.size() + "]";
            new MarkdownPanel(path, panels.size() + 1, locations, leftOut, problems, file)
                    .read(segment, panelIds).ifPresent(panels::add);
        }
        metadata(frontMatter, metadata, fileName, panels);
        problems.addAll(leftOut.warnings());
        return new Read(root, locations);
    }

    /** The text with the front matter's lines blanked, so that the parser counts lines as the file does. */
    private String withoutFrontMatter(int frontMatterLines) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            text.append(i < frontMatterLines ? "" : lines.get(i)).append('\n');
        }
        return text.toString();
    }

    /** The document's top-level nodes cut into panels at each thematic break; footnote definitions go to sources. */
    private List<List<Node>> segments(Node document, ArrayNode sources) {
        List<List<Node>> segments = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        boolean afterBreak = false;
        for (Node node : MarkdownInlines.children(document)) {
            if (node instanceof FootnoteDefinition definition) {
                source(definition, sources);
            } else if (node instanceof ThematicBreak) {
                segments.add(current);
                current = new ArrayList<>();
                afterBreak = true;
            } else if (node instanceof Heading heading && isSetext(heading)) {
                if (afterBreak && current.isEmpty() && looksLikeSettings(heading)) {
                    leftOut.add(MarkdownLeftOut.SLIDE_SETTINGS, heading);
                } else {
                    warnSetext(heading);
                    current.add(node);
                }
            } else {
                current.add(node);
            }
            afterBreak = afterBreak && node instanceof ThematicBreak;
        }
        segments.add(current);
        return segments;
    }

    private boolean isSetext(Heading heading) {
        int first = MarkdownPlaces.of(heading).line();
        int last = MarkdownPlaces.lastLine(heading);
        return last > first && SETEXT_DASHES.matcher(lines.get(last - 1)).matches();
    }

    private boolean looksLikeSettings(Heading heading) {
        int first = MarkdownPlaces.of(heading).line();
        int last = MarkdownPlaces.lastLine(heading);
        return lines.subList(first - 1, last - 1).stream().allMatch(line -> SETTING_LINE.matcher(line).matches());
    }

    private void warnSetext(Heading heading) {
        int underline = MarkdownPlaces.lastLine(heading);
        problems.add(new Problem(Problem.Severity.WARNING, file, "$", underline, 1, "the '---' on line " + underline
                + " comes straight after a line of text, so Markdown reads that text as a heading instead of"
                + " starting a new panel", "Leave a blank line before '---' to start a new panel, or write the"
                + " heading as '## …'."));
    }

    private void source(FootnoteDefinition definition, ArrayNode sources) {
        String path = "$.sources[" + sources.size() + "]";
        List<String> paragraphs = new ArrayList<>();
        MarkdownInlines.children(definition).forEach(child -> paragraphs.add(MarkdownInlines.of(child, leftOut)
                .text()));
        ObjectNode source = sources.addObject();
        source.put("id", definition.getLabel());
        source.put("text", String.join(" ", paragraphs).strip());
        Locations.Place place = MarkdownPlaces.of(definition);
        locations.put(path, place);
        locations.put(path + ".id", new Locations.Place(place.line(), place.column() + 2));
        locations.put(path + ".text", place);
    }

    private void metadata(MarkdownFrontMatter frontMatter, ObjectNode metadata, String fileName, ArrayNode panels) {
        frontMatter.entries().forEach((key, entry) -> {
            String path = "$.metadata." + key;
            if (!METADATA_KEYS.contains(key)) {
                unknownKey(key, entry);
            } else if (!entry.scalar() || entry.value() == null) {
                problems.add(Problem.error(file, path, entry.valuePlace().line(), entry.valuePlace().column(),
                        "'" + key + "' must be a line of text", "Write it as '" + key + ": …' on one line."));
            } else {
                metadata.put(key, entry.value().strip());
                locations.put(path, entry.valuePlace());
            }
        });
        if (!metadata.has("id")) {
            metadata.put("id", Slugs.of(fileName.replaceFirst("\\.[^.]*$", ""), "briefing"));
        }
        if (!metadata.has("title") && !panels.isEmpty()) {
            metadata.put("title", panels.get(0).path("title").asText());
        }
        defaults(metadata);
        ObjectNode ordered = metadata.objectNode();
        METADATA_KEYS.stream().filter(metadata::has).forEach(key -> ordered.set(key, metadata.get(key)));
        metadata.removeAll().setAll(ordered);
    }

    private void unknownKey(String key, MarkdownFrontMatter.Entry entry) {
        String known = Suggestions.closest(key, METADATA_KEYS);
        if (known != null) {
            problems.add(new Problem(Problem.Severity.WARNING, file, "$.metadata." + key, entry.keyPlace().line(),
                    entry.keyPlace().column(), "'" + key + "' is not a metadata field; did you mean '" + known
                    + "'?", "Rename it to '" + known + "'."));
        } else {
            leftOut.add(MarkdownLeftOut.DECK_SETTINGS, entry.keyPlace(), key);
        }
    }

    private void defaults(ObjectNode metadata) {
        List<String> missing = new ArrayList<>();
        for (String key : List.of("asOf", "handling", "language")) {
            if (!metadata.has(key)) {
                missing.add(key + " (shown as '" + METADATA_DEFAULTS.get(key) + "')");
                metadata.put(key, METADATA_DEFAULTS.get(key));
            }
        }
        if (!missing.isEmpty()) {
            problems.add(new Problem(Problem.Severity.WARNING, file, "$.metadata", 1, 1, "the front matter does not"
                    + " give " + String.join(", ", missing), "Add them between '---' lines at the top, such as"
                    + " 'handling: UNCLASSIFIED'. docs/authoring.md lists every field."));
        }
    }

    static boolean isMarkdown(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(EXTENSION);
    }
}
