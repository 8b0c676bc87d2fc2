package org.briefingviewer.bundle;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Locale;
import org.briefingviewer.model.BarChart;
import org.briefingviewer.model.Block;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.BulletList;
import org.briefingviewer.model.Callout;
import org.briefingviewer.model.Heading;
import org.briefingviewer.model.ImageBlock;
import org.briefingviewer.model.KeyFigure;
import org.briefingviewer.model.LinkBlock;
import org.briefingviewer.model.Paragraph;
import org.briefingviewer.model.Quote;
import org.briefingviewer.model.Timeline;

/** The one Jackson configuration for bundles: block kinds are named explicitly, never guessed from class names. */
final class BundleMapper {

    private BundleMapper() {
    }

    static ObjectMapper create() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(BundleLimits.MAX_NESTING_DEPTH)
                        .maxStringLength(BundleLimits.MAX_STRING_LENGTH)
                        .maxNumberLength(BundleLimits.MAX_NUMBER_LENGTH)
                        .maxDocumentLength(BundleLimits.MAX_JSON_BYTES)
                        .build())
                .build();
        return JsonMapper.builder(factory)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .addMixIn(Briefing.class, SchemaReference.class)
                .addMixIn(Block.class, BlockKinds.class)
                .addMixIn(KeyFigure.class, DerivedValues.class)
                .addMixIn(BarChart.class, DerivedValues.class)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .addModule(lowerCaseEnums())
                .build();
    }

    /** Enum values are written in lower case, as the schema spells them; reading ignores case. */
    private static SimpleModule lowerCaseEnums() {
        SimpleModule module = new SimpleModule();
        module.addSerializer(Enum.class, new StdSerializer<>(Enum.class) {
            @Override
            public void serialize(Enum value, JsonGenerator generator, SerializerProvider provider)
                    throws IOException {
                generator.writeString(value.name().toLowerCase(Locale.ROOT));
            }
        });
        return module;
    }

    /** A bundle may name its schema for editors; the loader always checks against its own copy. */
    @JsonIgnoreProperties({"$schema", "images"})
    private interface SchemaReference {
    }

    /** Values the model derives from its members, which a bundle does not store. */
    @JsonIgnoreProperties({"maxValue", "hasBefore"})
    private interface DerivedValues {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Heading.class, name = "heading"),
        @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
        @JsonSubTypes.Type(value = BulletList.class, name = "bulletList"),
        @JsonSubTypes.Type(value = KeyFigure.class, name = "keyFigure"),
        @JsonSubTypes.Type(value = BarChart.class, name = "barChart"),
        @JsonSubTypes.Type(value = Quote.class, name = "quote"),
        @JsonSubTypes.Type(value = Callout.class, name = "callout"),
        @JsonSubTypes.Type(value = Timeline.class, name = "timeline"),
        @JsonSubTypes.Type(value = ImageBlock.class, name = "image"),
        @JsonSubTypes.Type(value = LinkBlock.class, name = "link")
    })
    private interface BlockKinds {
    }
}
