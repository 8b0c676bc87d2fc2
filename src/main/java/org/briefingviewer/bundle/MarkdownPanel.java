package org.briefingviewer.bundle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;

/**
 * One panel of a Markdown briefing: the nodes between two {@code ---} lines, read into the panel's JSON form. Its
 * first heading is the title, an italic paragraph straight after it the summary, plain HTML comments the speaker
 * notes, and directive comments ({@link MarkdownDirective}) say how to read the block after them.
 */
final class MarkdownPanel {

    private final String path;
    private final int number;
    private final MarkdownLocations locations;
    private final MarkdownLeftOut leftOut;
    private final List<Problem> problems;
    private final String file;
    private final ObjectNode panel = JsonNodeFactory.instance.objectNode();
    private final ArrayNode blocks = JsonNodeFactory.instance.arrayNode();
    private final ArrayNode notes = JsonNodeFactory.instance.arrayNode();
    private final MarkdownBlocks blockReader;
    private MarkdownDirective pending;
    private Node pendingAt;
    private Locations.Place pendingPlace;
    private Paragraph listTitle;
    private boolean summaryAllowed;

    MarkdownPanel(String path, int number, MarkdownLocations locations, MarkdownLeftOut leftOut,
                  List<Problem> problems, String file) {
        this.path = path;
        this.number = number;
        this.locations = locations;
        this.leftOut = leftOut;
        this.problems = problems;
        this.file = file;
        this.blockReader = new MarkdownBlocks(locations, leftOut, problems, file);
    }

    /** The panel, or empty when the nodes hold nothing to show (only comments or settings). */
    Optional<ObjectNode> read(List<Node> nodes, Set<String> panelIds) {
        if (nodes.isEmpty()) {
            return Optional.empty();
        }
        locations.put(path, MarkdownPlaces.of(nodes.get(0)));
        panel.putNull("id");
        panel.putNull("title");
        nodes.forEach(this::add);
        if (pending != null) {
            warnUnused();
        }
        if (panel.get("title").isNull() && blocks.isEmpty()) {
            return Optional.empty();
        }
        finish(nodes.get(0), panelIds);
        return Optional.of(panel);
    }

    private void finish(Node first, Set<String> panelIds) {
        if (panel.get("title").isNull()) {
            panel.put("title", "Panel " + number);
            problems.add(locations.warningAt(path, "this panel has no heading, so it is called 'Panel " + number
                    + "'", "Start the panel with a heading such as '# Trade'."));
        }
        if (panel.get("id").isNull()) {
            panel.put("id", uniqueId(Slugs.of(panel.get("title").asText(), "panel-" + number), panelIds));
        } else {
            panelIds.add(panel.get("id").asText());
        }
        panel.set("blocks", blocks);
        if (!notes.isEmpty()) {
            panel.set("speakerNotes", notes);
        }
        blockReader.assignIds(blocks, panel.get("id").asText());
        locations.put(path + ".blocks", MarkdownPlaces.of(first));
    }

    private static String uniqueId(String id, Set<String> taken) {
        String unique = id;
        for (int n = 2; !taken.add(unique); n++) {
            unique = id + "-" + n;
        }
        return unique;
    }

    private void add(Node node) {
        if (node instanceof HtmlBlock html) {
            html(html);
            return;
        }
        if (node instanceof Heading heading && panel.get("title").isNull() && blocks.isEmpty()) {
            title(heading);
            return;
        }
        if (node instanceof Paragraph paragraph && paragraphBelongsToPanel(paragraph)) {
            return;
        }
        if (node instanceof LinkReferenceDefinition) {
            return;
        }
        summaryAllowed = false;
        MarkdownDirective directive = takeDirective();
        if (!fits(directive, node)) {
            warnMisplaced(directive, node);
            directive = null;
        }
        String blockPath = path + ".blocks[" + blocks.size() + "]";
        List<ObjectNode> read = readBlock(node, directive, blockPath);
        if (directive != null && !read.isEmpty() && read.get(0).get("id").isNull()) {
            directive.attribute("id").ifPresent(id -> read.get(0).put("id", id));
        }
        read.forEach(blocks::add);
        if (!read.isEmpty()) {
            blockReader.locate(blockPath, node, directive == null ? null : pendingPlace);
        }
    }

    private List<ObjectNode> readBlock(Node node, MarkdownDirective directive, String blockPath) {
        if (node instanceof Heading heading) {
            return List.of(blockReader.heading(heading, blockPath));
        } else if (node instanceof Paragraph paragraph) {
            return blockReader.paragraph(paragraph, directive, blockPath, blocks);
        } else if (node instanceof ListBlock list) {
            Paragraph title = listTitle;
            listTitle = null;
            return blockReader.list(list, title, directive, blockPath);
        } else if (node instanceof BlockQuote quote) {
            return List.of(blockReader.quote(quote, blockPath));
        } else if (node instanceof FencedCodeBlock fenced) {
            return blockReader.code(fenced.getInfo(), fenced.getLiteral(), fenced, directive, blockPath);
        } else if (node instanceof IndentedCodeBlock indented) {
            return blockReader.code("", indented.getLiteral(), indented, directive, blockPath);
        } else if (node instanceof TableBlock table) {
            return List.of(blockReader.table(table, directive, blockPath));
        }
        leftOut.add(MarkdownLeftOut.HTML, node);
        return List.of();
    }

    /** Titles of lists, summaries and Marp's formulas are read here, not as blocks of their own. */
    private boolean paragraphBelongsToPanel(Paragraph paragraph) {
        if (summaryAllowed && isOnly(paragraph, Emphasis.class)) {
            MarkdownInlines summary = MarkdownInlines.of(paragraph, leftOut);
            panel.put("summary", summary.text());
            locations.put(path + ".summary", MarkdownPlaces.of(paragraph));
            summaryAllowed = false;
            return true;
        }
        if (isOnly(paragraph, StrongEmphasis.class) && paragraph.getNext() instanceof ListBlock) {
            listTitle = paragraph;
            return true;
        }
        String text = MarkdownInlines.of(paragraph, leftOut).text();
        if (text.startsWith("$$") && text.endsWith("$$")) {
            leftOut.add(MarkdownLeftOut.MATH, paragraph);
            return true;
        }
        return false;
    }

    /** Whether the paragraph is one node of {@code type}, apart from footnote references and spaces. */
    static boolean isOnly(Paragraph paragraph, Class<? extends Node> type) {
        List<Node> content = MarkdownBlocks.content(MarkdownInlines.children(paragraph));
        return content.size() == 1 && type.isInstance(content.get(0));
    }

    private void title(Heading heading) {
        MarkdownInlines title = MarkdownInlines.of(heading, leftOut);
        panel.put("title", title.text());
        locations.put(path + ".title", MarkdownPlaces.of(heading));
        summaryAllowed = true;
        if (!title.cites().isEmpty()) {
            problems.add(locations.warningAt(path + ".title", "a panel title cites nothing; its footnote"
                    + " references are left out", "Cite the sources from the blocks below the title."));
        }
    }

    private void html(HtmlBlock html) {
        Optional<String> comment = MarkdownDirective.commentText(html.getLiteral());
        if (comment.isEmpty()) {
            leftOut.html(html.getLiteral(), MarkdownPlaces.of(html));
            return;
        }
        switch (MarkdownDirective.kindOf(comment.get())) {
            case OURS -> directive(MarkdownDirective.parse(comment.get()), html);
            case MARP -> leftOut.add(MarkdownLeftOut.MARP_DIRECTIVES, MarkdownPlaces.of(html),
                    MarkdownDirective.marpName(comment.get()));
            case UNKNOWN -> unknownDirective(MarkdownDirective.parse(comment.get()), html);
            case NOTE -> note(comment.get());
        }
    }

    private void directive(MarkdownDirective directive, HtmlBlock html) {
        if (directive.name().equals(MarkdownDirective.PANEL)) {
            directive.attribute("id").ifPresent(id -> {
                panel.put("id", id);
                locations.put(path + ".id", MarkdownPlaces.of(html));
            });
            directive.attribute("icon").ifPresent(icon -> {
                panel.put("icon", icon.toLowerCase(Locale.ROOT));
                locations.put(path + ".icon", MarkdownPlaces.of(html));
            });
            return;
        }
        if (pending != null) {
            warnUnused();
        }
        pending = directive;
        pendingAt = html;
        pendingPlace = MarkdownPlaces.of(html);
    }

    private MarkdownDirective takeDirective() {
        MarkdownDirective directive = pending;
        pending = null;
        return directive;
    }

    private static boolean fits(MarkdownDirective directive, Node node) {
        if (directive == null) {
            return true;
        }
        return switch (directive.name()) {
            case MarkdownDirective.FIGURE -> node instanceof Paragraph;
            case MarkdownDirective.FIGURES, MarkdownDirective.TIMELINE, MarkdownDirective.STEPS ->
                    node instanceof ListBlock;
            case MarkdownDirective.CHART -> node instanceof TableBlock;
            default -> true;
        };
    }

    private void warnMisplaced(MarkdownDirective directive, Node node) {
        String expected = switch (directive.name()) {
            case MarkdownDirective.FIGURE -> "a paragraph such as '**$350 billion** What it is'";
            case MarkdownDirective.CHART -> "a table of labels and values";
            default -> "a list";
        };
        Locations.Place place = MarkdownPlaces.of(pendingAt);
        problems.add(new Problem(Problem.Severity.WARNING, file, "$", place.line(), place.column(), "the '"
                + directive.name() + "' directive applies to " + expected + ", but a "
                + MarkdownBlocks.describe(node) + " follows it, so it was ignored", "Put the directive on the line"
                + " before " + expected + "."));
    }

    private void warnUnused() {
        Locations.Place place = MarkdownPlaces.of(pendingAt);
        problems.add(new Problem(Problem.Severity.WARNING, file, "$", place.line(), place.column(), "the '"
                + pending.name() + "' directive is followed by no block in its panel, so it was ignored",
                "Put it on the line before the block it describes."));
        pending = null;
    }

    private void unknownDirective(MarkdownDirective directive, HtmlBlock html) {
        String known = Suggestions.closest(directive.name(), MarkdownDirective.NAMES);
        Locations.Place place = MarkdownPlaces.of(html);
        problems.add(new Problem(Problem.Severity.WARNING, file, "$", place.line(), place.column(), "'"
                + directive.name() + "' is not a directive the viewer knows"
                + (known == null ? "" : "; did you mean '" + known + "'?"), "The directives are "
                + String.join(", ", MarkdownDirective.NAMES) + " (docs/authoring.md); a comment in sentences is"
                + " a speaker note."));
    }

    private void note(String comment) {
        for (String paragraph : comment.strip().split("\\n\\s*\\n")) {
            String text = paragraph.strip().replaceAll("\\s*\\n\\s*", " ");
            if (!text.isEmpty()) {
                notes.add(text);
            }
        }
    }
}
