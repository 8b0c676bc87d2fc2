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

    private BundleSchema(JsonSchema schema) {
        this.schema = schema;
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

    /** Every way the document breaks the schema, in document order. */
    List<Problem> check(JsonNode document, JsonLocations locations) {
        return schema.validate(document).stream()
                .filter(message -> !isSummaryOfIf(message))
                .map(message -> locations.problemAt(message.getInstanceLocation().toString(), message.getError(),
                        hintFor(message.getType())))
                .distinct()
                .toList();
    }

    private static String hintFor(String keyword) {
        return switch (keyword) {
            case "required" -> "Add the missing member; docs/bundle-format.md lists what each part needs.";
            case "enum", "const" -> "Use one of the values listed.";
            case "type" -> "Change the value to the type named.";
            case "additionalProperties" -> "Remove it, or check its spelling against docs/bundle-format.md.";
            case "minItems", "minLength" -> "It cannot be empty; add at least one.";
            case "maxItems", "maxLength" -> "Shorten it or split it up; docs/authoring.md lists the limits.";
            case "pattern" -> "Use the form docs/bundle-format.md describes for this member.";
            case "minimum", "maximum" -> "Use a value in the allowed range.";
            case "uniqueItems" -> "Remove the repeated entry.";
            default -> null;
        };
    }

    private static boolean isSummaryOfIf(ValidationMessage message) {
        return "if".equals(message.getType()) || "then".equals(message.getType());
    }
}
