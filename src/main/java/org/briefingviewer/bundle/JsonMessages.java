package org.briefingviewer.bundle;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Jackson's messages in words for authors: no library option names, no character codes. */
final class JsonMessages {

    private static final Pattern CODE = Pattern.compile("\\s*\\(code \\d+\\)");
    private static final Pattern OPTION_ADVICE = Pattern.compile("\\s*[(;:]?[^.;(]*(?:Feature|enable|JsonReadFeature)"
            + "[^.;)]*[.;)]?");

    private JsonMessages() {
    }

    static String plain(String message) {
        if (message == null) {
            return "the file cannot be read as JSON";
        }
        String text = message.split("\n", 2)[0];
        if (text.contains("end-of-input")) {
            return "the file ends before the JSON is complete";
        }
        if (text.contains("was expecting double-quote to start field name")) {
            return "a member's name must be written in double quotes";
        }
        if (text.contains("was expecting comma to separate")) {
            return "a comma is missing between two values";
        }
        Matcher duplicate = Pattern.compile("Duplicate (?:field|Object property) '([^']*)'").matcher(text);
        if (duplicate.find()) {
            return "'" + duplicate.group(1) + "' appears twice in the same object";
        }
        text = OPTION_ADVICE.matcher(CODE.matcher(text).replaceAll("")).replaceAll("");
        text = text.replace("Unexpected character", "unexpected character").replace("Unrecognized token",
                "unrecognised word");
        return text.strip();
    }

    /** Where a binding failure stands, as a JSON path such as {@code $.panels[0].blocks[2]}. */
    static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
