package org.briefingviewer.bundle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The YAML block between two {@code ---} lines at the top of a Markdown briefing: the briefing's metadata. Only a
 * mapping of plain values is read. Nothing in it builds objects, aliases are refused, and its size and nesting are
 * bounded like a JSON bundle's.
 */
final class MarkdownFrontMatter {

    static final int MAX_CODE_POINTS = 64 * 1024;
    private static final String FENCE = "---";

    /** A value and where it stands. */
    record Entry(String value, Locations.Place keyPlace, Locations.Place valuePlace, boolean scalar) {
    }

    private final Map<String, Entry> entries;
    private final int lines;

    private MarkdownFrontMatter(Map<String, Entry> entries, int lines) {
        this.entries = entries;
        this.lines = lines;
    }

    static MarkdownFrontMatter none() {
        return new MarkdownFrontMatter(Map.of(), 0);
    }

    /** How many lines of the file, from the first, the front matter takes (0 when there is none). */
    int lines() {
        return lines;
    }

    Map<String, Entry> entries() {
        return entries;
    }

    Optional<Entry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** The front matter at the top of {@code lines}, or none; problems with it are added to {@code problems}. */
    static MarkdownFrontMatter read(List<String> lines, String file, List<Problem> problems) {
        if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
            return none();
        }
        int end = 1;
        while (end < lines.size() && !lines.get(end).strip().equals(FENCE) && !lines.get(end).strip().equals("...")) {
            end++;
        }
        if (end == lines.size()) {
            problems.add(Problem.error(file, "$.metadata", 1, 1, "the front matter opened by '---' on line 1 is"
                    + " never closed", "End the metadata with a line holding only '---'."));
            return none();
        }
        String yaml = String.join("\n", lines.subList(1, end));
        return new MarkdownFrontMatter(parse(yaml, file, problems), end + 1);
    }

    private static Map<String, Entry> parse(String yaml, String file, List<Problem> problems) {
        if (yaml.codePointCount(0, yaml.length()) > MAX_CODE_POINTS) {
            problems.add(Problem.error(file, "$.metadata", 2, 1, "the front matter is longer than "
                    + MAX_CODE_POINTS / 1024 + " thousand characters", "Keep only the briefing's metadata there."));
            return Map.of();
        }
        Optional<Problem> tooDeep = tooDeep(yaml, file);
        if (tooDeep.isPresent()) {
            problems.add(tooDeep.get());
            return Map.of();
        }
        LoadSettings settings = LoadSettings.builder().setAllowDuplicateKeys(false).setMaxAliasesForCollections(1)
                .setAllowRecursiveKeys(false).setCodePointLimit(MAX_CODE_POINTS).setLabel(file).build();
        try {
            Optional<Node> root = new Compose(settings).composeString(yaml);
            if (root.isEmpty()) {
                return Map.of();
            }
            if (!(root.get() instanceof MappingNode mapping)) {
                problems.add(Problem.error(file, "$.metadata", 2, 1, "the front matter must be a list of"
                        + " 'name: value' lines", "Write each piece of metadata as, for example, 'title: …'."));
                return Map.of();
            }
            return entries(mapping, file, problems);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark();
            int line = mark.map(m -> m.getLine() + 2).orElse(2);
            int column = mark.map(m -> m.getColumn() + 1).orElse(1);
            problems.add(Problem.error(file, "$.metadata", line, column, "the front matter is not valid YAML: "
                    + e.getProblem(), "Write each piece of metadata as 'name: value' on a line of its own."));
        } catch (YamlEngineException e) {
            problems.add(Problem.error(file, "$.metadata", 2, 1, "the front matter cannot be read: "
                    + e.getMessage(), "Write each piece of metadata as 'name: value' on a line of its own."));
        }
        return Map.of();
    }

    private static Map<String, Entry> entries(MappingNode mapping, String file, List<Problem> problems) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<String> aliased = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            Node value = tuple.getValueNode();
            if (value.getAnchor().isPresent() || key.getAnchor().isPresent()) {
                aliased.add(key.getValue());
            }
            String text = value instanceof ScalarNode scalar ? scalar.getValue() : null;
            entries.put(key.getValue(), new Entry(text, place(key), place(value), value instanceof ScalarNode));
        }
        if (!aliased.isEmpty()) {
            problems.add(Problem.error(file, "$.metadata", 2, 1, "the front matter uses YAML anchors or aliases ("
                    + String.join(", ", aliased) + "), which a briefing does not allow", "Write each value out."));
            return Map.of();
        }
        return entries;
    }

    /** Flow collections nested deeper than a JSON bundle may be would exhaust the YAML reader's stack. */
    private static Optional<Problem> tooDeep(String yaml, String file) {
        int depth = 0;
        int line = 2;
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '[' || c == '{') {
                if (++depth > BundleLimits.MAX_NESTING_DEPTH) {
                    return Optional.of(Problem.error(file, "$.metadata", line, 1, "the front matter is nested more"
                            + " than " + BundleLimits.MAX_NESTING_DEPTH + " levels deep", "Keep only plain values."));
                }
            } else if ((c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return Optional.empty();
    }

    /** Front-matter lines are counted from the file's second line. */
    private static Locations.Place place(Node node) {
        return node.getStartMark().map(mark -> new Locations.Place(mark.getLine() + 2, mark.getColumn() + 1))
                .orElse(new Locations.Place(2, 1));
    }
}
