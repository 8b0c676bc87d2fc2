package org.briefingviewer.notes;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The notes that can still be read from a damaged notes file: every panel's note before the damage. */
final class NotesRecovery {

    private NotesRecovery() {
    }

    static Map<String, NotesStore.Note> readableNotes(Path file) {
        Map<String, NotesStore.Note> notes = new LinkedHashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(file.toFile())) {
            while (parser.nextToken() != null) {
                if (parser.currentToken() == JsonToken.FIELD_NAME && "byPanel".equals(parser.currentName())
                        && parser.nextToken() == JsonToken.START_OBJECT) {
                    readPanels(parser, notes);
                }
            }
        } catch (IOException | RuntimeException damaged) {
            // What was read before the damage is kept.
        }
        return notes;
    }

    private static void readPanels(JsonParser parser, Map<String, NotesStore.Note> notes) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String panelId = parser.currentName();
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                parser.skipChildren();
                continue;
            }
            String text = null;
            String version = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_STRING && field.equals("text")) {
                    text = parser.getText();
                } else if (value == JsonToken.VALUE_STRING && field.equals("panelVersion")) {
                    version = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
            if (text != null && parser.currentToken() == JsonToken.END_OBJECT) {
                notes.put(panelId, new NotesStore.Note(text, version));
            }
        }
    }
}
