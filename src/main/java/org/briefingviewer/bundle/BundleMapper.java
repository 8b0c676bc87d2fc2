package org.briefingviewer.bundle;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.briefingviewer.model.BarChart;
import org.briefingviewer.model.Block;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.BulletList;
import org.briefingviewer.model.KeyFigure;
import org.briefingviewer.model.LinkBlock;

/**
 * The jackson-databind configuration for bundles from outside and for writing bundles (the embedded briefing is
 * bound by {@link BriefingReader} instead). Block kinds are named explicitly, never guessed from class names.
 */
final class BundleMapper {

    private BundleMapper() {
    }

    static ObjectMapper create() {
        return JsonMapper.builder(BundleLimits.jsonFactory())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .addMixIn(Briefing.class, SchemaReference.class)
                .addMixIn(Block.class, NamedKind.class)
                .registerSubtypes(BlockKinds.BY_NAME.entrySet().stream()
                        .map(kind -> new NamedType(kind.getValue(), kind.getKey()))
                        .toArray(NamedType[]::new))
                .addMixIn(KeyFigure.class, DerivedValues.class)
                .addMixIn(BarChart.class, DerivedValues.class)
                .addMixIn(LinkBlock.class, DerivedValues.class)
                .addMixIn(BulletList.Item.class, ListItemForms.class)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .addModule(lowerCaseEnums())
                .build();
    }

    /**
     * Enum values are written in lower case, as the schema spells them; reading ignores case. A list item without
     * points below it is written as its text alone.
     */
    private static SimpleModule lowerCaseEnums() {
        SimpleModule module = new SimpleModule();
        module.addSerializer(BulletList.Item.class, new StdSerializer<>(BulletList.Item.class) {
            @Override
            public void serialize(BulletList.Item item, JsonGenerator generator, SerializerProvider provider)
                    throws IOException {
                if (item.items().isEmpty()) {
                    generator.writeString(item.text());
                } else {
                    generator.writeStartObject();
                    generator.writeStringField("text", item.text());
                    generator.writeArrayFieldStart("items");
                    for (String point : item.items()) {
                        generator.writeString(point);
                    }
                    generator.writeEndArray();
                    generator.writeEndObject();
                }
            }
        });
        module.addSerializer(Enum.class, new StdSerializer<>(Enum.class) {
            @Override
            public void serialize(Enum value, JsonGenerator generator, SerializerProvider provider)
                    throws IOException {
                generator.writeString(value.name().toLowerCase(Locale.ROOT));
            }
        });
        return module;
    }

    /**
     * A bundle may name its schema for editors; the loader always checks against its own copy. The pictures a
     * loaded briefing carries are checked copies of files beside the bundle, not part of it.
     */
    @JsonIgnoreProperties({"$schema", "images"})
    private interface SchemaReference {
    }

    /** Values the model derives from its members, which a bundle does not store. */
    @JsonIgnoreProperties({"maxValue", "hasBefore", "openable"})
    private interface DerivedValues {
    }

    /** A list item is its text alone, or {@code {"text": …, "items": […]}} with the points below it. */
    private abstract static class ListItemForms {

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        ListItemForms(String text) {
        }

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        ListItemForms(@JsonProperty("text") String text, @JsonProperty("items") List<String> items) {
        }
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = BlockKinds.PROPERTY)
    private interface NamedKind {
    }
}
