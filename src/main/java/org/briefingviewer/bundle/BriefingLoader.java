package org.briefingviewer.bundle;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefingviewer.model.Briefing;

/**
 * Reads a bundle and returns a complete briefing or a {@link BundleException} listing every problem found:
 * never a half-loaded briefing.
 */
public final class BriefingLoader {

    /** The newest {@code formatVersion} this build understands. */
    public static final int FORMAT_VERSION = 1;

    static final String EMBEDDED_RESOURCE = "/org/briefingviewer/briefings/korea-us-summit.json";
    static final String EMBEDDED_NAME = "the embedded summit briefing";

    private final ObjectMapper mapper = BundleMapper.create();
    private final BundleSchema schema = BundleSchema.load();

    public Briefing loadEmbedded() {
        try (InputStream in = BriefingLoader.class.getResourceAsStream(EMBEDDED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The embedded briefing is missing from the application");
            }
            return load(in.readAllBytes(), EMBEDDED_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BundleException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public Briefing load(Path file) throws BundleException {
        String name = file.toString();
        try {
            return load(Files.readAllBytes(file), name);
        } catch (NoSuchFileException e) {
            throw single(name, "no such file");
        } catch (IOException e) {
            throw single(name, "cannot be read: " + e.getMessage());
        }
    }

    public Briefing load(byte[] json, String name) throws BundleException {
        JsonNode document = parse(json, name);
        JsonLocations locations = index(json, name);
        requireSupportedVersion(document, locations, name);
        List<Problem> problems = new ArrayList<>(schema.check(document, locations));
        problems.addAll(BriefingValidator.check(document, locations));
        if (!problems.isEmpty()) {
            problems.sort(Problem.IN_DOCUMENT_ORDER);
            throw new BundleException(name, problems);
        }
        return bind(document, name);
    }

    private JsonNode parse(byte[] json, String name) throws BundleException {
        if (json.length == 0) {
            throw single(name, "the file is empty; a bundle is a JSON object");
        }
        try {
            JsonNode document = mapper.readTree(json);
            if (document == null || !document.isObject()) {
                throw single(name, "a bundle must be a JSON object");
            }
            return document;
        } catch (JsonProcessingException e) {
            throw located(name, "$", e.getLocation(), "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw single(name, "cannot be read: " + e.getMessage());
        }
    }

    private JsonLocations index(byte[] json, String name) throws BundleException {
        try {
            return JsonLocations.index(mapper, json);
        } catch (IOException e) {
            throw single(name, "cannot be read: " + e.getMessage());
        }
    }

    private static void requireSupportedVersion(JsonNode document, JsonLocations locations, String name)
            throws BundleException {
        JsonNode version = document.get("formatVersion");
        if (version != null && version.isInt() && version.intValue() > FORMAT_VERSION) {
            throw new BundleException(name, List.of(locations.problemAt("$.formatVersion",
                    "format version " + version.intValue() + " was made by a newer version of Briefing Viewer;"
                            + " this version reads format " + FORMAT_VERSION)));
        }
    }

    private Briefing bind(JsonNode document, String name) throws BundleException {
        try {
            return mapper.treeToValue(document, Briefing.class);
        } catch (JsonMappingException e) {
            throw single(name, "does not match the bundle format: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw single(name, "cannot be read: " + e.getOriginalMessage());
        }
    }

    private static BundleException single(String name, String message) {
        return new BundleException(name, List.of(new Problem("$", 0, 0, message)));
    }

    private static BundleException located(String name, String path, JsonLocation location, String message) {
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        return new BundleException(name, List.of(new Problem(path, line, column, message)));
    }
}
