package org.briefingviewer.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schema's findings as sentences for authors: what is wrong, in the briefing's own words, with a fix, never
 * in the vocabulary of JSON Schema.
 */
final class SchemaMessages {

    private static final Pattern LAST_MEMBER = Pattern.compile("(?:\\.([A-Za-z$]+)|\\[(\\d+)])$");

    private final JsonNode schema;

    SchemaMessages(JsonNode schema) {
        this.schema = schema;
    }

    /** The message and the path to report it at. */
    record Said(String path, String message, String hint) {
    }

    Said say(ValidationMessage finding) {
        String path = finding.getInstanceLocation().toString();
        String field = fieldName(path);
        JsonNode rule = finding.getSchemaNode();
        JsonNode value = finding.getInstanceNode();
        return switch (finding.getType()) {
            case "required" -> new Said(path, what(path) + " needs '" + finding.getProperty() + "'",
                    "Add it; docs/bundle-format.md lists what each part needs.");
            case "additionalProperties" -> unknownField(finding, path);
            case "type" -> new Said(path, field + " must be " + typeInWords(rule.asText()) + ", not "
                    + kindOf(value), "Change it to " + typeInWords(rule.asText()) + ".");
            case "enum" -> enumValue(path, field, rule, value);
            case "minLength" -> new Said(path, field + " is empty", "Write something there, or leave it out.");
            case "maxLength" -> new Said(path, field + " is longer than " + rule.asInt() + " characters",
                    "Shorten it or split it up; docs/authoring.md lists the limits.");
            case "minItems" -> new Said(path, field + " needs at least " + rule.asInt()
                    + (rule.asInt() == 1 ? " entry" : " entries"), "Add one.");
            case "maxItems" -> new Said(path, field + " has more than " + rule.asInt() + " entries",
                    "Split it up; docs/authoring.md lists the limits.");
            case "pattern" -> pattern(path, field, value);
            case "minimum", "exclusiveMinimum" -> new Said(path, field + " must be at least " + rule.asText(),
                    "Use a value in the allowed range.");
            case "maximum", "exclusiveMaximum" -> new Said(path, field + " must be at most " + rule.asText(),
                    "Use a value in the allowed range.");
            case "uniqueItems" -> new Said(path, field + " names the same entry twice", "Remove the repeat.");
            default -> new Said(path, finding.getError().replaceFirst("^\\$[^:]*: ", ""), null);
        };
    }

    private Said unknownField(ValidationMessage finding, String path) {
        String unknown = finding.getProperty();
        List<String> known = new ArrayList<>();
        parentOf(finding).path("properties").fieldNames().forEachRemaining(known::add);
        known.remove("kind");
        String suggestion = Suggestions.closest(unknown, known);
        String message = "'" + unknown + "' is not " + fieldOf(path)
                + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?");
        String hint = suggestion != null ? "Rename it to '" + suggestion + "'."
                : "Remove it; the fields here are " + String.join(", ", known) + ".";
        return new Said(path + "." + unknown, message, hint);
    }

    private JsonNode parentOf(ValidationMessage finding) {
        String location = finding.getSchemaLocation().toString();
        int hash = location.indexOf('#');
        String pointer = hash < 0 ? "" : location.substring(hash + 1);
        return schema.at(pointer.replaceFirst("/additionalProperties$", ""));
    }

    private static Said enumValue(String path, String field, JsonNode allowed, JsonNode value) {
        List<String> values = new ArrayList<>();
        allowed.forEach(option -> values.add(option.asText()));
        String suggestion = value.isTextual() ? Suggestions.closest(value.asText(), values) : null;
        return new Said(path, "'" + value.asText() + "' is not a known " + field.replace("'", "")
                + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?"),
                "Use one of: " + String.join(", ", values) + ".");
    }

    private static Said pattern(String path, String field, JsonNode value) {
        String written = "'" + value.asText() + "'";
        if (path.startsWith("$.sources") || path.contains(".cites[")) {
            return new Said(path, written + " is not a source paragraph's id", "Source paragraphs are named p1,"
                    + " p2, p3 …; in Markdown, [^p1]: … defines one.");
        }
        if (path.endsWith(".language")) {
            return new Said(path, written + " is not a language tag", "Use a tag such as en, ko or en-GB.");
        }
        if (path.endsWith(".id")) {
            return new Said(path, written + " is not an id", "Use lower-case letters, digits and hyphens, such"
                    + " as 'trade-deal'.");
        }
        return new Said(path, field + " " + written + " is not in the expected form",
                "docs/bundle-format.md describes this field.");
    }

    private static final Pattern PANEL_OR_BLOCK =
            Pattern.compile("^\\$\\.panels\\[(\\d+)](?:\\.blocks\\[(\\d+)])?$");
    private static final Pattern SOURCE = Pattern.compile("^\\$\\.sources\\[(\\d+)]$");

    /** The part of the briefing at {@code path}, as an author would name it. */
    static String what(String path) {
        if (path.equals("$")) {
            return "the briefing";
        }
        if (path.equals("$.metadata")) {
            return "the metadata";
        }
        Matcher panelOrBlock = PANEL_OR_BLOCK.matcher(path);
        if (panelOrBlock.matches()) {
            int panel = Integer.parseInt(panelOrBlock.group(1)) + 1;
            return panelOrBlock.group(2) == null ? "panel " + panel
                    : "block " + (Integer.parseInt(panelOrBlock.group(2)) + 1) + " of panel " + panel;
        }
        Matcher source = SOURCE.matcher(path);
        if (source.matches()) {
            return "source paragraph " + (Integer.parseInt(source.group(1)) + 1);
        }
        return fieldName(path);
    }

    private static String fieldOf(String path) {
        if (path.equals("$.metadata")) {
            return "a metadata field";
        }
        if (path.matches(".*\\.blocks\\[\\d+]$")) {
            return "a field of this kind of block";
        }
        if (path.matches("^\\$\\.panels\\[\\d+]$")) {
            return "a panel field";
        }
        return "a field here";
    }

    private static String fieldName(String path) {
        Matcher last = LAST_MEMBER.matcher(path);
        if (!last.find()) {
            return "the briefing";
        }
        if (last.group(1) != null) {
            return "'" + last.group(1) + "'";
        }
        String parent = path.substring(0, last.start());
        return "entry " + (Integer.parseInt(last.group(2)) + 1) + " of " + what(parent);
    }

    private static String typeInWords(String type) {
        return switch (type) {
            case "string" -> "text";
            case "array" -> "a list";
            case "object" -> "a group of named fields";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            default -> type;
        };
    }

    private static String kindOf(JsonNode value) {
        if (value == null || value.isNull()) {
            return "empty";
        } else if (value.isTextual()) {
            return "text";
        } else if (value.isArray()) {
            return "a list";
        } else if (value.isObject()) {
            return "a group of named fields";
        } else if (value.isBoolean()) {
            return "true or false";
        }
        return "a number";
    }
}
