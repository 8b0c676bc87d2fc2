package org.briefingviewer.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.briefingviewer.fonts.PdfGlyphs;

/**
 * Checks what a schema cannot: unique ids, citations that resolve, and numbers a reader can trust. It reads the
 * document tree, not the model, so its problems are reported together with the schema's. It assumes no shape:
 * a value of the wrong type is the schema's to report, and is passed over here.
 */
final class BriefingValidator {

    private static final int UNDRAWABLE_TEXTS_SAID = 10;
    private static final String REPLACED = "exported PDFs show a replacement mark (\uFFFD) in its place";

    private final Locations locations;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> sourceIds = new HashSet<>();
    private final Set<String> panelIds = new HashSet<>();
    private final Set<String> blockIds = new HashSet<>();
    private int undrawableTexts;

    private BriefingValidator(Locations locations) {
        this.locations = locations;
    }

    static List<Problem> check(JsonNode document, Locations locations) {
        BriefingValidator validator = new BriefingValidator(locations);
        validator.checkDocument(document);
        validator.checkCharacters(document, "$");
        return List.copyOf(validator.problems);
    }

    /**
     * Every text must be one a PDF (PDF/A and its XML metadata) can carry; characters the PDF's fonts cannot draw
     * are said once per text, up to a limit, since they are shown in the window and replaced only in PDFs.
     */
    private void checkCharacters(JsonNode node, String path) {
        if (node.isTextual()) {
            int bad = firstUncarriable(node.asText());
            if (bad >= 0) {
                report(path, "holds a character that no PDF can carry (" + codePoint(bad) + ")",
                        "Delete it; it is invisible or a placeholder, and not part of any text.");
            } else {
                checkDrawable(node.asText(), path);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkCharacters(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> checkCharacters(field.getValue(), path + "." + field.getKey()));
        }
    }

    private void checkDrawable(String text, String path) {
        int undrawable = PdfGlyphs.firstUndrawable(text);
        if (undrawable < 0) {
            return;
        }
        undrawableTexts++;
        if (undrawableTexts <= UNDRAWABLE_TEXTS_SAID) {
            problems.add(locations.warningAt(path, "holds " + new String(Character.toChars(undrawable)) + " ("
                    + codePoint(undrawable) + "), which the PDF fonts cannot draw; " + REPLACED,
                    "The window shows it as written. For PDFs, write it out in words or leave it."));
        } else if (undrawableTexts == UNDRAWABLE_TEXTS_SAID + 1) {
            problems.add(locations.warningAt(path, "holds more characters the PDF fonts cannot draw, as may the"
                    + " texts after it; " + REPLACED, "Leave them, or write them out in words if the PDF matters."));
        }
    }

    private static String codePoint(int c) {
        return "U+" + String.format("%04X", c);
    }

    /**
     * The first code point XML 1.0 does not allow, or that Unicode keeps out of text (noncharacters, lone
     * surrogates), or -1.
     */
    static int firstUncarriable(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            boolean nonCharacter = (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE
                    || (c >= 0x7F && c <= 0x9F);
            if (!allowed || nonCharacter) {
                return c;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    private void checkDocument(JsonNode document) {
        List<JsonNode> sources = elements(document.path("sources"));
        for (int i = 0; i < sources.size(); i++) {
            requireUnique(sourceIds, sources.get(i).path("id"), "$.sources[" + i + "].id", "source paragraph");
        }
        List<JsonNode> panels = elements(document.path("panels"));
        for (int p = 0; p < panels.size(); p++) {
            String panelPath = "$.panels[" + p + "]";
            requireUnique(panelIds, panels.get(p).path("id"), panelPath + ".id", "panel");
            List<JsonNode> blocks = elements(panels.get(p).path("blocks"));
            for (int b = 0; b < blocks.size(); b++) {
                checkBlock(blocks.get(b), panelPath + ".blocks[" + b + "]");
            }
        }
        if (sources.isEmpty() && !panels.isEmpty()) {
            problems.add(locations.warningAt("$", "no statement in this briefing cites a source",
                    "Add the source paragraphs (footnote definitions such as [^p1]: … in Markdown, \"sources\" in"
                            + " JSON) and cite them from each block."));
        }
    }

    private void checkBlock(JsonNode block, String path) {
        requireUnique(blockIds, block.path("id"), path + ".id", "block");
        JsonNode cites = block.path("cites");
        List<JsonNode> cited = elements(cites);
        for (int c = 0; c < cited.size(); c++) {
            String id = cited.get(c).asText();
            if (cited.get(c).isTextual() && !sourceIds.contains(id)) {
                report(path + ".cites[" + c + "]", "cites source paragraph '" + id
                        + "', which this briefing does not contain", "Cite an id from the sources list, such as p1.");
            }
        }
        if (cites.isArray() && cited.isEmpty() && !sourceIds.isEmpty()) {
            problems.add(locations.warningAt(path, "this block cites no source paragraph",
                    "Name the paragraph it comes from, such as [^p1] in Markdown or \"cites\": [\"p1\"] in JSON."));
        }
        requireFinite(block.path("value"), path + ".value");
        requireFinite(block.path("before"), path + ".before");
        List<JsonNode> bars = elements(block.path("bars"));
        for (int i = 0; i < bars.size(); i++) {
            requireFinite(bars.get(i).path("value"), path + ".bars[" + i + "].value");
        }
    }

    /** The members of an array; none when the value is not an array. */
    private static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> members = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(members::add);
        }
        return members;
    }

    private void requireUnique(Set<String> seen, JsonNode id, String path, String what) {
        if (id.isTextual() && !seen.add(id.asText())) {
            report(path, "another " + what + " already has the id '" + id.asText() + "'; ids must be unique",
                    "Rename one of them.");
        }
    }

    private void requireFinite(JsonNode number, String path) {
        if (number.isNumber() && !Double.isFinite(number.doubleValue())) {
            report(path, "is too large to be a number a reader can use", "Use an ordinary number.");
        }
    }

    private void report(String path, String message, String hint) {
        problems.add(locations.problemAt(path, message, hint));
    }
}
