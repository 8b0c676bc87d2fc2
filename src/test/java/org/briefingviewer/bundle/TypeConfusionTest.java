package org.briefingviewer.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every member and element of the summit briefing, at every depth, replaced in turn by a value of every other
 * shape: each variant is rejected with located problems (or still loads), and no exception escapes. The same for
 * every metadata field of the Markdown form's front matter.
 */
class TypeConfusionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SHAPES = List.of("{\"a\": 1}", "[]", "[\"x\", [1]]", "\"x\"", "7", "null",
            "[[[]]]", "true");
    private static final List<String> YAML_SHAPES = List.of("[a, b]", "{a: 1}", "~", "7", "- x\n  - y", "''");

    private final BriefingLoader loader = new BriefingLoader();

    @Test
    void everyPlaceTakesEveryShapeWithoutAnException() throws Exception {
        JsonNode original = JSON.readTree(BriefingLoaderTest.embeddedWith(root -> { }));
        List<Consumer<JsonNode>> places = new ArrayList<>();
        collect(original, places);
        int variants = 0;
        for (int place = 0; place < places.size(); place++) {
            for (String shape : SHAPES) {
                JsonNode copy = original.deepCopy();
                List<Consumer<JsonNode>> copyPlaces = new ArrayList<>();
                collect(copy, copyPlaces);
                copyPlaces.get(place).accept(JSON.readTree(shape));
                assertLocated(loader.check(new BundleContents("v.json", "v.json",
                        JSON.writeValueAsBytes(copy), BundleContents.none())), "place " + place + " as " + shape);
                variants++;
            }
        }
        assertThat(variants).isGreaterThan(2_000);
    }

    @Test
    void everyFrontMatterFieldTakesEveryShapeWithoutAnException() throws Exception {
        String markdown = java.nio.file.Files.readString(MarkdownBriefingTest.SUMMIT_MARKDOWN);
        for (String key : MarkdownBriefing.METADATA_KEYS) {
            for (String shape : YAML_SHAPES) {
                String variant = markdown.replaceFirst("(?m)^" + key + ": .*$", key + ": " + shape);
                if (!variant.contains("\n" + key + ": ")) {
                    variant = variant.replaceFirst("\n---\n", "\n" + key + ": " + shape + "\n---\n");
                }
                assertLocated(MarkdownBriefingTest.checkMarkdown(loader, variant), key + " as " + shape);
            }
        }
    }

    private static void assertLocated(BundleCheck check, String variant) {
        if (check.briefing() == null) {
            assertThat(check.problems()).as(variant).filteredOn(Problem::isError).isNotEmpty()
                    .allSatisfy(problem -> assertThat(problem.line()).as(variant + ": " + problem).isPositive());
        }
    }

    /** A setter for every member and element below {@code node}. */
    private static void collect(JsonNode node, List<Consumer<JsonNode>> places) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                places.add(value -> object.set(field.getKey(), value));
                collect(field.getValue(), places);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                places.add(value -> array.set(index, value));
                collect(array.get(i), places);
            }
        }
    }
}
