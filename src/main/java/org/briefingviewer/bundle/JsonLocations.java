package org.briefingviewer.bundle;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** Where each value of a JSON document starts, keyed by JSON path ({@code $.panels[0].title}). */
final class JsonLocations {

    private final String file;
    private final Map<String, JsonLocation> byPath;

    private JsonLocations(String file, Map<String, JsonLocation> byPath) {
        this.file = file;
        this.byPath = byPath;
    }

    /** Indexes a document, named {@code file} in problems, that is already known to be well-formed JSON. */
    static JsonLocations index(ObjectMapper mapper, byte[] json, String file) throws IOException {
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
        return new JsonLocations(file, byPath);
    }

    /** The error at {@code path}, located at that path or, failing that, at its nearest located ancestor. */
    Problem problemAt(String path, String message, String hint) {
        for (String candidate = path; candidate != null; candidate = parentOf(candidate)) {
            JsonLocation location = byPath.get(candidate);
            if (location != null) {
                return Problem.error(file, path, location.getLineNr(), location.getColumnNr(), message, hint);
            }
        }
        return Problem.error(file, path, 0, 0, message, hint);
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

    private static String parentOf(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? null : path.substring(0, cut);
    }
}
