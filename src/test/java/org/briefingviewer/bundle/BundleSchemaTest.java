package org.briefingviewer.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.briefingviewer.model.Block;
import org.junit.jupiter.api.Test;

/** The published schema in docs/ accepts the embedded bundle, and the loader uses that very schema. */
class BundleSchemaTest {

    private static final Path PUBLISHED_SCHEMA = Path.of("docs", "briefing.schema.json");

    @Test
    void embeddedBundleIsValidAgainstThePublishedSchema() throws IOException {
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(PUBLISHED_SCHEMA)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        JsonNode bundle;
        try (InputStream in = getClass().getResourceAsStream(BriefingLoader.EMBEDDED_RESOURCE)) {
            bundle = new ObjectMapper().readTree(in);
        }

        assertThat(schema.validate(bundle)).isEmpty();
    }

    @Test
    void publishedSchemaRejectsABlockWithoutCitations() throws IOException {
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(PUBLISHED_SCHEMA)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        JsonNode bundle = new ObjectMapper().readTree(BriefingLoaderTest.embeddedWith(root ->
                ((ObjectNode) root.get("panels").get(0).get("blocks").get(0))
                        .remove("cites")));

        assertThat(schema.validate(bundle)).isNotEmpty();
    }

    @Test
    void eachKindOfBlockIsCheckedAgainstItsOwnDefinition() throws IOException {
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(PUBLISHED_SCHEMA)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        List<String> kinds = new ArrayList<>();
        schema.getSchemaNode().at("/$defs/block/properties/kind/enum").forEach(kind -> kinds.add(kind.asText()));
        JsonNode bundle = new ObjectMapper().readTree(BriefingLoaderTest.embeddedWith(root -> {
            ArrayNode blocks = ((ObjectNode) root.get("panels").get(0)).putArray("blocks");
            kinds.forEach(kind -> blocks.addObject().put("kind", kind).put("surplus", true));
        }));

        List<String> flagged = schema.validate(bundle).stream()
                .filter(message -> message.getType().equals("additionalProperties"))
                .map(message -> message.getInstanceLocation().toString())
                .toList();

        assertThat(kinds).hasSize(Block.class.getPermittedSubclasses().length);
        assertThat(flagged).containsExactlyInAnyOrderElementsOf(IntStream.range(0, kinds.size())
                .mapToObj(index -> "$.panels[0].blocks[" + index + "]").toList());
    }

    @Test
    void loaderChecksAgainstTheSameSchemaAsPublished() throws IOException {
        byte[] packaged;
        try (InputStream in = BundleSchema.class.getResourceAsStream(BundleSchema.RESOURCE)) {
            packaged = in.readAllBytes();
        }

        assertThat(packaged).isEqualTo(Files.readAllBytes(PUBLISHED_SCHEMA));
    }
}
