package org.briefingviewer.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The bundle format's JSON Schema ({@code docs/briefing.schema.json}, packaged beside this class). */
final class BundleSchema {

    static final String RESOURCE = "briefing.schema.json";

    private final JsonSchema schema;
    private final SchemaMessages messages;

    private BundleSchema(JsonSchema schema) {
        this.schema = schema;
        this.messages = new SchemaMessages(schema.getSchemaNode());
    }

    static BundleSchema load() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_PATH).build();
        try (InputStream in = BundleSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The bundle schema is missing from the application: " + RESOURCE);
            }
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
            return new BundleSchema(factory.getSchema(in, config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every way the document breaks the schema, in document order, in words for authors. */
    List<Problem> check(JsonNode document, Locations locations) {
        return schema.validate(document).stream()
                .filter(message -> !isSummaryOfIf(message))
                .map(messages::say)
                .map(said -> locations.problemAt(said.path(), said.message(), said.hint()))
                .distinct()
                .toList();
    }

    private static boolean isSummaryOfIf(ValidationMessage message) {
        return "if".equals(message.getType()) || "then".equals(message.getType());
    }
}
