package org.briefingviewer.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks what a schema cannot: unique ids, citations that resolve, and numbers a reader can trust. It reads the
 * document tree, not the model, so its problems are reported together with the schema's. It assumes no shape:
 * a value of the wrong type is the schema's to report, and is passed over here.
 */
final class BriefingValidator {

    private final Locations locations;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> sourceIds = new HashSet<>();
    private final Set<String> panelIds = new HashSet<>();
    private final Set<String> blockIds = new HashSet<>();

    private BriefingValidator(Locations locations) {
        this.locations = locations;
    }

    static List<Problem> check(JsonNode document, Locations locations) {
        BriefingValidator validator = new BriefingValidator(locations);
        validator.checkDocument(document);
        return List.copyOf(validator.problems);
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
