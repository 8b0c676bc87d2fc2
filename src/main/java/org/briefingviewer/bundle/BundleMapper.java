package org.briefingviewer.bundle;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Locale;
import org.briefingviewer.model.BarChart;
import org.briefingviewer.model.Block;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.KeyFigure;
import org.briefingviewer.model.LinkBlock;

/**
 * The one jackson-databind configuration for bundles, for checking a document as a tree and for writing one; the
 * model is bound by {@link BriefingReader}. Block kinds are named explicitly, never guessed from class names.
 */
final class BundleMapper {

    private BundleMapper() {
    }

    static ObjectMapper create() {
        return JsonMapper.builder(BundleLimits.jsonFactory())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .addMixIn(Briefing.class, CheckedImages.class)
                .addMixIn(Block.class, NamedKind.class)
                .registerSubtypes(BlockKinds.BY_NAME.entrySet().stream()
                        .map(kind -> new NamedType(kind.getValue(), kind.getKey()))
                        .toArray(NamedType[]::new))
                .addMixIn(KeyFigure.class, DerivedValues.class)
                .addMixIn(BarChart.class, DerivedValues.class)
                .addMixIn(LinkBlock.class, DerivedValues.class)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .addModule(lowerCaseEnums())
                .build();
    }

    /** Enum values are written in lower case, as the schema spells them. */
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

    /** The pictures a loaded briefing carries are checked copies of files beside the bundle, not part of it. */
    @JsonIgnoreProperties("images")
    private interface CheckedImages {
    }

    /** Values the model derives from its members, which a bundle does not store. */
    @JsonIgnoreProperties({"maxValue", "hasBefore", "openable"})
    private interface DerivedValues {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = BlockKinds.PROPERTY)
    private interface NamedKind {
    }
}
