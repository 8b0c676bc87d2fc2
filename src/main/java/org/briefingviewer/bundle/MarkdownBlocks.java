package org.briefingviewer.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/** Reads each kind of Markdown block into the JSON form of a briefing block, locating every value. */
final class MarkdownBlocks {

    private static final Pattern ALERT = Pattern.compile("\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)]\\s*(.*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPEAKER = Pattern.compile("(?:—|–|―|--)\\s*(.+)");
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^[\\s:—–-]+");
    private static final int MIN_HEADING_LEVEL = 2;
    private static final int MAX_HEADING_LEVEL = 4;

    private final MarkdownLocations locations;
    private final MarkdownLeftOut leftOut;
    private final List<Problem> problems;
    private final String file;
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final Map<ObjectNode, String> paths = new IdentityHashMap<>();

    MarkdownBlocks(MarkdownLocations locations, MarkdownLeftOut leftOut, List<Problem> problems, String file) {
        this.locations = locations;
        this.leftOut = leftOut;
        this.problems = problems;
        this.file = file;
    }

    ObjectNode heading(Heading heading, String path) {
        MarkdownInlines text = MarkdownInlines.of(heading, leftOut);
        ObjectNode block = block("heading", null, path);
        block.put("text", text.text());
        block.put("level", Math.max(MIN_HEADING_LEVEL, Math.min(MAX_HEADING_LEVEL, heading.getLevel())));
        cites(block, path, List.of(text));
        return block;
    }

    List<ObjectNode> paragraph(Paragraph paragraph, MarkdownDirective directive, String path, ArrayNode before) {
        if (directive != null && directive.name().equals(MarkdownDirective.FIGURE)) {
            return List.of(keyFigure(MarkdownInlines.children(paragraph), directive.attribute("id").orElse(null),
                    path, paragraph));
        }
        String id = directive == null ? null : directive.attribute("id").orElse(null);
        MarkdownInlines text = MarkdownInlines.of(paragraph, leftOut);
        JsonNode previous = before.isEmpty() ? null : before.get(before.size() - 1);
        if (text.text().startsWith("Table: ") && previous != null && "table".equals(previous.path("kind").asText())
                && !previous.has("caption")) {
            ObjectNode table = (ObjectNode) previous;
            table.put("caption", text.text().substring("Table: ".length()).strip());
            addCites(table, text.cites());
            return List.of();
        }
        if (MarkdownPanel.isOnly(paragraph, Image.class)) {
            return List.of(image((Image) content(MarkdownInlines.children(paragraph)).get(0), text, id, path));
        }
        if (MarkdownPanel.isOnly(paragraph, Link.class)) {
            Link link = (Link) content(MarkdownInlines.children(paragraph)).get(0);
            ObjectNode block = block("link", id, path);
            block.put("text", text.text());
            block.put("href", link.getDestination());
            cites(block, path, List.of(text));
            return List.of(block);
        }
        if (text.text().isEmpty()) {
            return List.of();
        }
        ObjectNode block = block("paragraph", id, path);
        block.put("text", text.text());
        cites(block, path, List.of(text));
        return List.of(block);
    }

    private ObjectNode image(Image image, MarkdownInlines text, String id, String path) {
        ObjectNode block = block("image", id, path);
        block.put("src", image.getDestination());
        block.put("alt", MarkdownInlines.of(image, leftOut).text());
        if (image.getTitle() != null && !image.getTitle().isBlank()) {
            block.put("caption", image.getTitle());
        }
        locations.put(path + ".src", MarkdownPlaces.of(image));
        cites(block, path, List.of(text));
        return block;
    }

    List<ObjectNode> list(ListBlock list, Paragraph title, MarkdownDirective directive, String path) {
        String name = directive == null ? "" : directive.name();
        String id = directive == null ? null : directive.attribute("id").orElse(null);
        List<ListItem> items = name.equals(MarkdownDirective.FIGURES) || name.equals(MarkdownDirective.TIMELINE)
                ? items(list) : List.of();
        if (name.equals(MarkdownDirective.FIGURES)) {
            return figures(items, id, path);
        }
        List<MarkdownInlines> texts = new ArrayList<>();
        MarkdownInlines titleText = title == null ? null : MarkdownInlines.of(title, leftOut);
        if (titleText != null) {
            texts.add(titleText);
        }
        ObjectNode block = block(name.equals(MarkdownDirective.TIMELINE) ? "timeline" : "bulletList", id, path);
        if (titleText != null) {
            block.put("title", titleText.text());
            locations.put(path + ".title", MarkdownPlaces.of(title));
        }
        if (name.equals(MarkdownDirective.TIMELINE)) {
            timeline(block, items, path, texts);
        } else {
            ArrayNode array = block.putArray("items");
            for (Node item : MarkdownInlines.children(list)) {
                bulletItem((ListItem) item, path + ".items[" + array.size() + "]", array, texts);
            }
            if (name.equals(MarkdownDirective.STEPS) || (directive != null && directive.has("steps"))) {
                block.put("steps", true);
            }
        }
        cites(block, path, texts);
        return List.of(block);
    }

    /** An item as its text, or as its text and the points of the lists inside it, each flattened to one level. */
    private void bulletItem(ListItem item, String path, ArrayNode array, List<MarkdownInlines> texts) {
        locations.put(path, MarkdownPlaces.of(item));
        String text = add(texts, MarkdownInlines.of(paragraphsOf(item), leftOut));
        List<ListItem> below = new ArrayList<>();
        for (Node child : MarkdownInlines.children(item)) {
            if (child instanceof ListBlock nested) {
                below.addAll(items(nested));
            }
        }
        if (below.isEmpty()) {
            array.add(text);
            return;
        }
        ObjectNode entry = array.addObject();
        entry.put("text", text);
        ArrayNode points = entry.putArray("items");
        for (ListItem point : below) {
            locations.put(path + ".items[" + points.size() + "]", MarkdownPlaces.of(point));
            points.add(add(texts, MarkdownInlines.of(paragraphsOf(point), leftOut)));
        }
    }

    private void timeline(ObjectNode block, List<ListItem> items, String path, List<MarkdownInlines> texts) {
        ArrayNode events = block.putArray("events");
        for (ListItem item : items) {
            String eventPath = path + ".events[" + events.size() + "]";
            locations.put(eventPath, MarkdownPlaces.of(item));
            List<Node> inlines = paragraphsOf(item);
            List<Node> content = content(inlines);
            ObjectNode event = events.addObject();
            if (content.isEmpty() || !(content.get(0) instanceof StrongEmphasis when)) {
                problems.add(locations.problemAt(eventPath, "a timeline entry starts with its time in bold",
                        "Write it as '- **Later this month**: what happens'."));
                continue;
            }
            MarkdownInlines whenText = MarkdownInlines.of(when, leftOut);
            MarkdownInlines text = MarkdownInlines.of(inlines.subList(inlines.indexOf(when) + 1, inlines.size()),
                    leftOut);
            event.put("when", whenText.text().replaceFirst(":$", "").strip());
            event.put("text", LEADING_SEPARATOR.matcher(text.text()).replaceFirst(""));
            texts.add(whenText);
            texts.add(text);
        }
    }

    private List<ObjectNode> figures(List<ListItem> items, String id, String path) {
        List<ObjectNode> figures = new ArrayList<>();
        String basePath = path.substring(0, path.lastIndexOf('[') + 1);
        int first = Integer.parseInt(path.substring(path.lastIndexOf('[') + 1, path.length() - 1));
        for (int i = 0; i < items.size(); i++) {
            String itemId = id == null ? null : id + "-" + (i + 1);
            String itemPath = basePath + (first + i) + "]";
            locations.put(itemPath, MarkdownPlaces.of(items.get(i)));
            figures.add(keyFigure(paragraphsOf(items.get(i)), itemId, itemPath, items.get(i)));
        }
        return figures;
    }

    private ObjectNode keyFigure(List<Node> inlines, String id, String path, Node at) {
        ObjectNode block = block("keyFigure", id, path);
        MarkdownInlines all = MarkdownInlines.of(inlines, leftOut);
        List<Node> content = content(inlines);
        if (content.isEmpty() || !(content.get(0) instanceof StrongEmphasis strong)) {
            problems.add(locations.problemAt(path, "a figure starts with its value in bold",
                    "Write it as '**$350 billion** What the figure is'."));
            block.put("label", all.text());
            block.put("value", 0);
            return block;
        }
        String valueText = MarkdownInlines.of(strong, leftOut).text();
        MarkdownInlines label = MarkdownInlines.of(inlines.subList(inlines.indexOf(strong) + 1, inlines.size()),
                leftOut);
        block.put("label", LEADING_SEPARATOR.matcher(label.text()).replaceFirst(""));
        locations.put(path + ".label", MarkdownPlaces.of(at));
        locations.put(path + ".value", MarkdownPlaces.of(strong));
        if (!MarkdownFigures.read(valueText, block)) {
            problems.add(locations.problemAt(path + ".value", "'" + valueText + "' is not a figure the viewer can"
                    + " read", "Write a number with an optional sign before it and unit after it, and the earlier"
                    + " value before an arrow: '**$350 billion**', '**25% → 15%**', '**≈ 28,500**'."));
            block.put("value", 0);
        }
        cites(block, path, List.of(all));
        return block;
    }

    ObjectNode quote(BlockQuote quote, String path) {
        List<Paragraph> paragraphs = new ArrayList<>();
        MarkdownInlines.children(quote).forEach(child -> {
            if (child instanceof Paragraph paragraph) {
                paragraphs.add(paragraph);
            } else {
                leftOut.add(MarkdownLeftOut.HTML, child);
            }
        });
        if (paragraphs.isEmpty()) {
            ObjectNode block = block("paragraph", null, path);
            block.put("text", "");
            return block;
        }
        List<List<Node>> firstLines = lines(paragraphs.get(0));
        Matcher alert = ALERT.matcher(MarkdownInlines.of(firstLines.get(0), leftOut).text());
        if (alert.matches()) {
            return callout(alert, firstLines, paragraphs, path);
        }
        return pullQuote(paragraphs, path);
    }

    private ObjectNode callout(Matcher alert, List<List<Node>> firstLines, List<Paragraph> paragraphs,
                               String path) {
        ObjectNode block = block("callout", null, path);
        String marker = alert.group(1).toUpperCase(Locale.ROOT);
        block.put("tone", switch (marker) {
            case "WARNING" -> "concern";
            case "CAUTION" -> "risk";
            default -> "note";
        });
        List<MarkdownInlines> texts = new ArrayList<>();
        texts.add(MarkdownInlines.of(firstLines.get(0), leftOut));
        String title = alert.group(2).strip();
        List<List<Node>> rest = new ArrayList<>(firstLines.subList(1, firstLines.size()));
        if (title.isEmpty() && !rest.isEmpty() && isStrongOnly(rest.get(0))) {
            MarkdownInlines strong = MarkdownInlines.of(rest.remove(0), leftOut);
            texts.add(strong);
            title = strong.text();
        } else if (title.isEmpty() && rest.isEmpty() && paragraphs.size() > 1
                && MarkdownPanel.isOnly(paragraphs.get(1), StrongEmphasis.class)) {
            MarkdownInlines strong = MarkdownInlines.of(paragraphs.remove(1), leftOut);
            texts.add(strong);
            title = strong.text();
        }
        block.put("title", title.isEmpty() ? marker.charAt(0) + marker.substring(1).toLowerCase(Locale.ROOT)
                : title);
        List<String> body = new ArrayList<>();
        rest.forEach(line -> body.add(add(texts, MarkdownInlines.of(line, leftOut))));
        paragraphs.subList(1, paragraphs.size()).forEach(p -> body.add(add(texts, MarkdownInlines.of(p, leftOut))));
        block.put("text", String.join(" ", body.stream().filter(s -> !s.isEmpty()).toList()));
        cites(block, path, texts);
        return block;
    }

    private static String add(List<MarkdownInlines> texts, MarkdownInlines text) {
        texts.add(text);
        return text.text();
    }

    private ObjectNode pullQuote(List<Paragraph> paragraphs, String path) {
        List<MarkdownInlines> texts = new ArrayList<>();
        List<String> body = new ArrayList<>();
        String speaker = null;
        for (int p = 0; p < paragraphs.size(); p++) {
            List<List<Node>> lines = lines(paragraphs.get(p));
            for (int l = 0; l < lines.size(); l++) {
                MarkdownInlines line = MarkdownInlines.of(lines.get(l), leftOut);
                texts.add(line);
                Matcher named = SPEAKER.matcher(line.text());
                boolean last = p == paragraphs.size() - 1 && l == lines.size() - 1;
                if (last && named.matches()) {
                    speaker = named.group(1).strip();
                } else if (!line.text().isEmpty()) {
                    body.add(line.text());
                }
            }
        }
        String text = String.join(" ", body).replaceAll("^[“\"]|[”\"]$", "");
        ObjectNode block = block(speaker == null ? "paragraph" : "quote", null, path);
        if (speaker != null) {
            block.put("speaker", speaker);
        }
        block.put("text", text);
        cites(block, path, texts);
        return block;
    }

    List<ObjectNode> code(String info, String literal, Node at, MarkdownDirective directive, String path) {
        String language = info == null ? "" : info.strip().split("\\s+", 2)[0];
        if (language.equalsIgnoreCase("mermaid")) {
            leftOut.add(MarkdownLeftOut.MERMAID, at);
            return List.of();
        }
        ObjectNode block = block("code", directive == null ? null : directive.attribute("id").orElse(null), path);
        if (!language.isEmpty()) {
            block.put("language", language.replaceAll("[{}]", ""));
        }
        block.put("text", literal.replaceFirst("\\n$", ""));
        ArrayNode cites = block.putArray("cites");
        if (directive != null) {
            directive.attribute("cites").ifPresent(list -> {
                for (String id : list.split("[,\\s]+")) {
                    if (!id.isBlank()) {
                        cites.add(id);
                    }
                }
            });
        }
        return List.of(block);
    }

    ObjectNode table(TableBlock table, MarkdownDirective directive, String path) {
        List<List<TableCell>> rows = new ArrayList<>();
        List<TableCell> header = new ArrayList<>();
        for (Node section : MarkdownInlines.children(table)) {
            for (Node row : MarkdownInlines.children(section)) {
                List<TableCell> cells = new ArrayList<>();
                MarkdownInlines.children(row).forEach(cell -> cells.add((TableCell) cell));
                if (section instanceof TableHead) {
                    header.addAll(cells);
                } else {
                    rows.add(cells);
                }
            }
        }
        String id = directive == null ? null : directive.attribute("id").orElse(null);
        boolean chart = directive != null && directive.name().equals(MarkdownDirective.CHART);
        return chart ? MarkdownCharts.barChart(this, block("barChart", id, path), header, rows, path)
                : plainTable(block("table", id, path), header, rows, path);
    }

    private ObjectNode plainTable(ObjectNode block, List<TableCell> header, List<List<TableCell>> rows,
                                  String path) {
        List<MarkdownInlines> texts = new ArrayList<>();
        ArrayNode headings = block.putArray("header");
        for (int c = 0; c < header.size(); c++) {
            headings.add(cell(header.get(c), path + ".header[" + c + "]", texts));
        }
        ArrayNode body = block.putArray("rows");
        for (int r = 0; r < rows.size(); r++) {
            ArrayNode row = body.addArray();
            for (int c = 0; c < rows.get(r).size(); c++) {
                row.add(cell(rows.get(r).get(c), path + ".rows[" + r + "][" + c + "]", texts));
            }
            while (row.size() > 0 && row.get(row.size() - 1).asText().isEmpty()) {
                row.remove(row.size() - 1);
            }
        }
        cites(block, path, texts);
        return block;
    }

    String cell(TableCell cell, String path, List<MarkdownInlines> texts) {
        locations.put(path, MarkdownPlaces.of(cell));
        return add(texts, MarkdownInlines.of(cell, leftOut));
    }

    MarkdownLocations locations() {
        return locations;
    }

    List<Problem> problems() {
        return problems;
    }

    ObjectNode block(String kind, String id, String path) {
        ObjectNode block = nodes.objectNode();
        block.put("kind", kind);
        if (id == null) {
            block.putNull("id");
        } else {
            block.put("id", id);
        }
        block.putArray("cites");
        paths.put(block, path);
        return block;
    }

    /** Sets the block's citations: every footnote reference in its texts, in order, each once. */
    void cites(ObjectNode block, String path, List<MarkdownInlines> texts) {
        texts.forEach(text -> addCites(block, text.cites()));
        locations.put(path + ".cites", locations.find(path).orElse(null));
    }

    private void addCites(ObjectNode block, List<MarkdownInlines.Cite> cites) {
        ArrayNode array = (ArrayNode) block.get("cites");
        Set<String> present = new LinkedHashSet<>();
        array.forEach(id -> present.add(id.asText()));
        String path = blockPath(block);
        for (MarkdownInlines.Cite cite : cites) {
            if (present.add(cite.id())) {
                if (path != null) {
                    locations.put(path + ".cites[" + array.size() + "]", cite.place());
                }
                array.add(cite.id());
            }
        }
    }

    private String blockPath(ObjectNode block) {
        return paths.get(block);
    }

    /** Records where a block read from {@code node} stands. */
    void locate(String path, Node node, Locations.Place directive) {
        locations.put(path, MarkdownPlaces.of(node));
        if (directive != null) {
            locations.put(path + ".id", directive);
        }
    }

    /** Gives each block without an id one made of its panel's id and its place in the panel. */
    void assignIds(ArrayNode blocks, String panelId) {
        for (int b = 0; b < blocks.size(); b++) {
            ObjectNode block = (ObjectNode) blocks.get(b);
            if (block.get("id").isNull()) {
                block.put("id", panelId + "-" + (b + 1));
            }
        }
    }

    /** The list's items; the items of lists inside them follow their parent, and are reported as flattened. */
    private List<ListItem> items(ListBlock list) {
        List<ListItem> items = new ArrayList<>();
        for (Node item : MarkdownInlines.children(list)) {
            items.add((ListItem) item);
            for (Node child : MarkdownInlines.children(item)) {
                if (child instanceof ListBlock nested) {
                    leftOut.add(MarkdownLeftOut.NESTED_LISTS, nested);
                    items.addAll(items(nested));
                }
            }
        }
        return items;
    }

    /** The inlines of an item's paragraphs, a line break between two paragraphs. */
    private static List<Node> paragraphsOf(ListItem item) {
        List<Node> inlines = new ArrayList<>();
        for (Node child : MarkdownInlines.children(item)) {
            if (child instanceof Paragraph paragraph) {
                if (!inlines.isEmpty()) {
                    inlines.add(new SoftLineBreak());
                }
                inlines.addAll(MarkdownInlines.children(paragraph));
            }
        }
        return inlines;
    }

    /** A paragraph's inlines cut at its line breaks. */
    private static List<List<Node>> lines(Paragraph paragraph) {
        List<List<Node>> lines = new ArrayList<>();
        List<Node> line = new ArrayList<>();
        for (Node child : MarkdownInlines.children(paragraph)) {
            if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                lines.add(line);
                line = new ArrayList<>();
            } else {
                line.add(child);
            }
        }
        lines.add(line);
        return lines;
    }

    private static boolean isStrongOnly(List<Node> line) {
        List<Node> content = content(line);
        return content.size() == 1 && content.get(0) instanceof StrongEmphasis;
    }

    /** The inlines that carry content: footnote references and blank text left out. */
    static List<Node> content(List<Node> inlines) {
        return inlines.stream()
                .filter(node -> !(node instanceof FootnoteReference))
                .filter(node -> !(node instanceof Text text && text.getLiteral().isBlank()))
                .filter(node -> !(node instanceof SoftLineBreak || node instanceof HardLineBreak))
                .toList();
    }

    /** What a node is, in words, for messages. */
    static String describe(Node node) {
        if (node instanceof Heading) {
            return "heading";
        } else if (node instanceof Paragraph) {
            return "paragraph";
        } else if (node instanceof ListBlock) {
            return "list";
        } else if (node instanceof TableBlock) {
            return "table";
        } else if (node instanceof BlockQuote) {
            return "block quote";
        }
        return "code block";
    }
}
