package org.briefingviewer.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Thousands of seeded, broken variants of the embedded bundle: each one either loads or is rejected with at least
 * one located problem, and no exception escapes. Loading speed is measured by the benchmarks in
 * docs/performance.md; the timeout here only stops a loader that hangs.
 */
class RobustnessTest {

    private static final int VARIANTS = 2_400;
    private static final long SEED = 20261128L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BriefingLoader loader = new BriefingLoader();

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void everyVariantLoadsOrIsRejectedWithALocatedProblem() throws Exception {
        String original = BriefingLoaderTest.embeddedWith(root -> { });
        byte[] bytes = original.getBytes(StandardCharsets.UTF_8);
        Random random = new Random(SEED);
        for (int i = 0; i < VARIANTS; i++) {
            byte[] variant = mutate(i % 6, original, bytes, random);
            BundleCheck check = loader.check(new BundleContents("variant-" + i, "variant-" + i + ".json", variant,
                    BundleContents.none()));
            if (check.briefing() == null) {
                assertThat(check.problems()).as("variant %d", i).isNotEmpty()
                        .anySatisfy(problem -> assertThat(problem.isError()).isTrue());
                assertThat(check.problems()).as("variant %d has a place", i)
                        .allSatisfy(problem -> assertThat(problem.path()).startsWith("$"));
            }
        }
    }

    private static byte[] mutate(int kind, String original, byte[] bytes, Random random) throws Exception {
        return switch (kind) {
            case 0 -> truncate(bytes, random);
            case 1 -> flipBytes(bytes, random);
            case 2 -> treeMutation(original, random).getBytes(StandardCharsets.UTF_8);
            case 3 -> treeMutation(treeMutation(original, random), random).getBytes(StandardCharsets.UTF_8);
            case 4 -> deepNesting(random);
            default -> hugeString(original, random);
        };
    }

    private static byte[] truncate(byte[] bytes, Random random) {
        byte[] cut = new byte[random.nextInt(bytes.length)];
        System.arraycopy(bytes, 0, cut, 0, cut.length);
        return cut;
    }

    private static byte[] flipBytes(byte[] bytes, Random random) {
        byte[] flipped = bytes.clone();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
        }
        return flipped;
    }

    private static byte[] deepNesting(Random random) {
        int depth = 10 + random.nextInt(5_000);
        return ("{\"formatVersion\": 1, \"panels\": " + "[".repeat(depth) + "]".repeat(depth) + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] hugeString(String original, Random random) {
        String huge = "a".repeat(50_000 + random.nextInt(200_000));
        return original.replaceFirst("\"Overview\"", "\"" + huge + "\"").getBytes(StandardCharsets.UTF_8);
    }

    /** Deletes, duplicates or retypes one member or element somewhere in the tree. */
    private static String treeMutation(String json, Random random) throws Exception {
        JsonNode root = JSON.readTree(json);
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(3)) {
                case 0 -> object.remove(name);
                case 1 -> object.set(name, replacement(random));
                default -> object.set(name + "Copy", object.get(name).deepCopy());
            }
        } else if (target instanceof ArrayNode array && array.size() > 0) {
            int index = random.nextInt(array.size());
            switch (random.nextInt(3)) {
                case 0 -> array.remove(index);
                case 1 -> array.set(index, replacement(random));
                default -> array.add(array.get(index).deepCopy());
            }
        }
        return JSON.writeValueAsString(root);
    }

    private static JsonNode replacement(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> JSON.getNodeFactory().nullNode();
            case 1 -> JSON.getNodeFactory().numberNode(random.nextInt(1000) - 500);
            case 2 -> JSON.getNodeFactory().textNode("changed");
            case 3 -> JSON.getNodeFactory().booleanNode(random.nextBoolean());
            default -> JSON.getNodeFactory().arrayNode();
        };
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collect(it.next(), containers);
            }
        }
    }
}
