package org.briefingviewer.benchmark;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.briefingviewer.model.BarChart;
import org.briefingviewer.model.Block;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.BulletList;
import org.briefingviewer.model.Callout;
import org.briefingviewer.model.Heading;
import org.briefingviewer.model.KeyFigure;
import org.briefingviewer.model.Paragraph;
import org.briefingviewer.model.Quote;
import org.briefingviewer.model.Timeline;

/**
 * Writes synthetic briefings as bundle files: {@code SyntheticBundleWriter PANELS FILE}. For benchmarks that
 * start the application on a large briefing.
 */
public final class SyntheticBundleWriter {

    private SyntheticBundleWriter() {
    }

    public static void main(String[] args) throws IOException {
        Briefing briefing = SyntheticBriefings.generate(Integer.parseInt(args[0]), 42);
        mapper().writerWithDefaultPrettyPrinter().writeValue(Path.of(args[1]).toFile(), briefing);
    }

    static ObjectMapper mapper() {
        SimpleModule lowerCaseEnums = new SimpleModule();
        lowerCaseEnums.addSerializer(Enum.class, new JsonSerializer<>() {
            @Override
            public void serialize(Enum value, JsonGenerator generator, SerializerProvider provider)
                    throws IOException {
                generator.writeString(value.name().toLowerCase(Locale.ROOT));
            }
        });
        return JsonMapper.builder()
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .addModule(lowerCaseEnums)
                .addMixIn(Briefing.class, WithoutImages.class)
                .addMixIn(Block.class, WrittenKinds.class)
                .addMixIn(KeyFigure.class, WithoutDerived.class)
                .addMixIn(BarChart.class, WithoutDerived.class)
                .build();
    }

    @JsonIgnoreProperties("images")
    private interface WithoutImages {
    }

    @JsonIgnoreProperties({"maxValue", "hasBefore"})
    private interface WithoutDerived {
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
        @JsonSubTypes.Type(value = Timeline.class, name = "timeline")
    })
    private interface WrittenKinds {
    }
}
