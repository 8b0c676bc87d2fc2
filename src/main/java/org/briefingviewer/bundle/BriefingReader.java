package org.briefingviewer.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.jr.ob.JSON;
import com.fasterxml.jackson.jr.ob.JSONObjectException;
import com.fasterxml.jackson.jr.ob.JacksonJrExtension;
import com.fasterxml.jackson.jr.ob.api.ExtensionContext;
import com.fasterxml.jackson.jr.ob.api.ReaderWriterProvider;
import com.fasterxml.jackson.jr.ob.api.ValueReader;
import com.fasterxml.jackson.jr.ob.impl.JSONReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefingviewer.model.Block;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.BulletList;

/**
 * Binds the embedded briefing, on the way to the first frame, with jackson-jr: it starts in a fraction of the time
 * jackson-databind takes (in a fresh JVM, 135-158 ms against 430-460 ms for the summit). It binds only: the build's
 * tests check the embedded briefing as any file is checked. Files from outside are bound by databind from the tree
 * their checks have already parsed, which for 1,000 panels is much faster than this reader's pass per block.
 */
final class BriefingReader {

    private final JSON json;

    BriefingReader(JsonFactory factory) {
        json = JSON.builder(factory)
                .enable(JSON.Feature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .register(new BlocksByKind())
                .build();
    }

    Briefing read(InputStream document) throws IOException {
        return json.beanFrom(Briefing.class, document);
    }

    /** A block is read as its fields, then bound as the record its {@code kind} names. */
    private final class BlocksByKind extends JacksonJrExtension {

        @Override
        protected void register(ExtensionContext context) {
            ValueReader blocks = new ValueReader(Block.class) {
                @Override
                public Object read(JSONReader reader, JsonParser parser) throws IOException {
                    Map<String, Object> fields = reader.readMap();
                    Object kind = fields.remove(BlockKinds.PROPERTY);
                    Class<? extends Block> type = BlockKinds.BY_NAME.get(String.valueOf(kind));
                    if (type == null) {
                        throw new JSONObjectException("a block's kind must be one of " + BlockKinds.BY_NAME.keySet()
                                + ", not " + kind);
                    }
                    return json.beanFrom(type, json.asBytes(fields));
                }
            };
            ValueReader listItems = new ValueReader(BulletList.Item.class) {
                @Override
                public Object read(JSONReader reader, JsonParser parser) throws IOException {
                    if (parser.currentToken() == JsonToken.VALUE_STRING) {
                        return new BulletList.Item(parser.getText());
                    }
                    Map<String, Object> fields = reader.readMap();
                    List<String> points = new ArrayList<>();
                    if (fields.get("items") instanceof List<?> list) {
                        list.forEach(point -> points.add(String.valueOf(point)));
                    }
                    return new BulletList.Item(String.valueOf(fields.get("text")), points);
                }
            };
            context.insertProvider(new ReaderWriterProvider() {
                @Override
                public ValueReader findValueReader(JSONReader reader, Class<?> type) {
                    return type == Block.class ? blocks : type == BulletList.Item.class ? listItems : null;
                }
            });
        }
    }
}
