package org.briefingviewer.bundle;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value of a JSON document starts, keyed by JSON path ({@code $.panels[0].title}). The document is
 * indexed when the first problem needs a place, so a bundle without problems is never indexed. Checks on several
 * threads may share one.
 */
final class JsonLocations implements Locations {

    private final ObjectMapper mapper;
    private final String json;
    private final String file;
    private Map<String, JsonLocation> byPath;

    /**
     * For a document, named {@code file} in problems, that is already known to be well-formed JSON; read as text,
     * so that columns count characters, not bytes.
     */
    JsonLocations(ObjectMapper mapper, String json, String file) {
        this.mapper = mapper;
        this.json = json;
        this.file = file;
    }

    private synchronized Map<String, JsonLocation> byPath() {
        if (byPath == null) {
            try {
                byPath = index(mapper, json);
            } catch (IOException unreadable) {
                byPath = Map.of();
            }
        }
        return byPath;
    }

    private static Map<String, JsonLocation> index(ObjectMapper mapper, String json) throws IOException {
        Map<String, JsonLocation> byPath = new HashMap<>();
        try (JsonParser parser = mapper.createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonStreamContext context = parser.getParsingContext();
                boolean opensContainer = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
                String path = elementPath(opensContainer ? context.getParent() : context);
                byPath.putIfAbsent(path, parser.currentTokenLocation());
            }
        }
        return byPath;
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public Optional<Place> find(String path) {
        JsonLocation location = byPath().get(path);
        return location == null ? Optional.empty()
                : Optional.of(new Place(location.getLineNr(), location.getColumnNr()));
    }

    static String elementPath(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return "$";
        }
        String container = elementPath(context.getParent());
        if (context.inArray()) {
            return container + "[" + Math.max(0, context.getCurrentIndex()) + "]";
        }
        String name = context.getCurrentName();
        return name == null ? container : container + "." + name;
    }
}
