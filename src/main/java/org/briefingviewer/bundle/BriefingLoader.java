package org.briefingviewer.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.briefingviewer.model.Block;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.ImageBlock;
import org.briefingviewer.model.ImageData;
import org.briefingviewer.model.LinkBlock;
import org.briefingviewer.model.Panel;

/**
 * Reads a bundle (a {@code .json} file, a folder or a {@code .briefing} archive) and returns a complete briefing
 * or every problem found in it: never a half-loaded briefing. Bundles come from outside and are treated as hostile
 * until checked; every read is bounded by {@link BundleLimits}.
 */
public final class BriefingLoader {

    /** The newest {@code formatVersion} this build understands. */
    public static final int FORMAT_VERSION = 1;

    static final String EMBEDDED_RESOURCE = "/org/briefingviewer/briefings/korea-us-summit.json";
    static final String EMBEDDED_NAME = "the embedded summit briefing";

    private final BriefingReader reader = new BriefingReader(BundleLimits.jsonFactory());
    private ObjectMapper mapper;
    private BundleSchema schema;

    /**
     * The briefing built into the application. It is checked as any file is by the build's tests, so at start it
     * is only bound: neither the schema validator nor jackson-databind starts on the way to the first frame.
     */
    public Briefing loadEmbedded() {
        try (InputStream in = BriefingLoader.class.getResourceAsStream(EMBEDDED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The embedded briefing is missing from the application");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded briefing cannot be read", e);
        }
    }

    /** Checks the embedded briefing as thoroughly as any file from outside. */
    public BundleCheck checkEmbedded() {
        try (InputStream in = BriefingLoader.class.getResourceAsStream(EMBEDDED_RESOURCE)) {
            return check(new BundleContents(EMBEDDED_NAME, EMBEDDED_NAME, in.readAllBytes(), BundleContents.none()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized ObjectMapper mapper() {
        if (mapper == null) {
            mapper = BundleMapper.create();
        }
        return mapper;
    }

    private synchronized BundleSchema schema() {
        if (schema == null) {
            schema = BundleSchema.load();
        }
        return schema;
    }

    public Briefing load(Path path) throws BundleException {
        return check(path).orThrow();
    }

    public Briefing load(byte[] json, String name) throws BundleException {
        return check(new BundleContents(name, name, json, BundleContents.none())).orThrow();
    }

    /** Every problem in the bundle at {@code path}, and the briefing when there is no error. */
    public BundleCheck check(Path path) {
        try {
            return check(BundleReader.read(path));
        } catch (BundleException e) {
            return new BundleCheck(e.source(), null, e.problems());
        }
    }

    /**
     * Checks against the schema on a second thread while this one runs the other checks and binds, since the two
     * only read the document; the bound briefing is kept only when no check finds an error.
     */
    BundleCheck check(BundleContents contents) {
        CompletableFuture<BundleSchema> schemaLoaded = CompletableFuture.supplyAsync(this::schema);
        List<Problem> problems = new ArrayList<>();
        Optional<Problem> foreign = ForeignFiles.problem(contents.json(), contents.jsonName());
        if (foreign.isPresent()) {
            return new BundleCheck(contents.name(), null, List.of(foreign.get()));
        }
        Parsed parsed;
        try {
            parsed = MarkdownBriefing.isMarkdown(contents.jsonName()) ? parseMarkdown(contents, problems)
                    : parseJson(contents, problems);
        } catch (BundleException e) {
            return new BundleCheck(contents.name(), null, e.problems());
        }
        JsonNode document = parsed.document();
        Locations locations = parsed.locations();
        CompletableFuture<List<Problem>> schemaProblems =
                schemaLoaded.thenApplyAsync(schema -> schema.check(document, locations));
        problems.addAll(BriefingValidator.check(document, locations));
        Bound bound = bind(document, locations);
        problems.addAll(await(schemaProblems));
        if (bound.problem() != null && problems.stream().noneMatch(Problem::isError)) {
            problems.add(bound.problem());
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            problems.sort(Problem.IN_DOCUMENT_ORDER);
            return new BundleCheck(contents.name(), null, problems);
        }
        Briefing briefing = bound.briefing();
        Map<String, ImageData> images = checkBlocks(briefing, contents, locations, problems);
        problems.addAll(FigureCheck.check(briefing, locations));
        problems.sort(Problem.IN_DOCUMENT_ORDER);
        boolean failed = problems.stream().anyMatch(Problem::isError);
        return new BundleCheck(contents.name(), failed ? null : briefing.withImages(images), problems);
    }

    /** A document tree to check, and where its values stand in the file the author wrote. */
    private record Parsed(JsonNode document, Locations locations) {
    }

    private Parsed parseJson(BundleContents contents, List<Problem> problems) throws BundleException {
        Decoded decoded = Decoded.of(contents.json(), contents.jsonName());
        decoded.warning().ifPresent(problems::add);
        decoded.requireUtf8();
        String text = new String(decoded.json(), StandardCharsets.UTF_8);
        JsonNode document = parse(text, contents.jsonName());
        JsonLocations locations = new JsonLocations(mapper(), text, contents.jsonName());
        Optional<Problem> newer = newerVersion(document, locations);
        if (newer.isPresent()) {
            throw new BundleException(contents.name(), List.of(newer.get()));
        }
        return new Parsed(document, locations);
    }

    private static Parsed parseMarkdown(BundleContents contents, List<Problem> problems) throws BundleException {
        Decoded decoded = Decoded.of(contents.json(), contents.jsonName());
        decoded.warning().ifPresent(problems::add);
        decoded.requireUtf8();
        String fileName = Path.of(contents.jsonName().replaceFirst("^.*!", "")).getFileName().toString();
        MarkdownBriefing.Read read = MarkdownBriefing.read(new String(decoded.json(), StandardCharsets.UTF_8),
                contents.jsonName(), fileName, problems);
        return new Parsed(read.document(), read.locations());
    }

    /** The document as a briefing, or why it cannot be one. */
    private record Bound(Briefing briefing, Problem problem) {
    }

    /** Binds the tree already parsed for the checks: for large files, much faster than parsing again. */
    private Bound bind(JsonNode document, Locations locations) {
        try {
            return new Bound(mapper().treeToValue(document, Briefing.class), null);
        } catch (JsonMappingException e) {
            return new Bound(null, locations.problemAt(JsonMessages.pathOf(e), "does not match the bundle format: "
                    + JsonMessages.plain(e.getOriginalMessage()), "docs/bundle-format.md describes each member."));
        } catch (JsonProcessingException e) {
            return new Bound(null, locations.problemAt("$", "does not match the bundle format: "
                    + JsonMessages.plain(e.getOriginalMessage()), null));
        }
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private JsonNode parse(String json, String name) throws BundleException {
        if (json.isEmpty()) {
            throw BundleException.of(name, "the file is empty; a bundle is a JSON object",
                    "Start from docs/examples/minimal/briefing.json.");
        }
        try {
            JsonNode document = mapper().readTree(json);
            if (document == null || !document.isObject()) {
                throw BundleException.of(name, "a bundle must be a JSON object, written between { and }",
                        "Start from docs/examples/minimal/briefing.json.");
            }
            return document;
        } catch (StreamConstraintsException e) {
            throw located(name, e, "is too large or too deeply nested: " + JsonMessages.plain(e.getOriginalMessage()),
                    "docs/authoring.md lists the limits.");
        } catch (JsonProcessingException e) {
            String hint = e.getOriginalMessage().contains("end-of-input")
                    ? "The file ends too early; it may be truncated. Check that every { and [ is closed."
                    : "Check for a missing comma, quote or bracket just before this place.";
            throw located(name, e, "not valid JSON: " + JsonMessages.plain(e.getOriginalMessage()), hint);
        } catch (IOException e) {
            throw BundleException.of(name, "cannot be read: " + e.getMessage(), null);
        }
    }

    private static BundleException located(String name, JsonProcessingException e, String message, String hint) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        return new BundleException(name, List.of(Problem.error(name, "$", line, column, message, hint)));
    }

    private static Optional<Problem> newerVersion(JsonNode document, Locations locations) {
        JsonNode version = document.get("formatVersion");
        if (version != null && version.isNumber() && !version.isIntegralNumber()) {
            return Optional.of(locations.problemAt("$.formatVersion", "the format version must be written as a"
                    + " whole number, not " + version.asText(), "Write \"formatVersion\": 1."));
        }
        if (version != null && version.canConvertToInt() && version.isIntegralNumber()
                && version.intValue() > FORMAT_VERSION) {
            return Optional.of(locations.problemAt("$.formatVersion", "format version " + version.intValue()
                    + " was made by a newer version of Briefing Viewer; this version reads format " + FORMAT_VERSION,
                    "Update Briefing Viewer to open this briefing."));
        }
        return Optional.empty();
    }

    /** Reads and checks every picture, and warns about links that will not be opened. */
    private static Map<String, ImageData> checkBlocks(Briefing briefing, BundleContents contents,
                                                      Locations locations, List<Problem> problems) {
        Map<String, ImageData> images = new LinkedHashMap<>();
        for (int p = 0; p < briefing.panels().size(); p++) {
            Panel panel = briefing.panels().get(p);
            for (int b = 0; b < panel.blocks().size(); b++) {
                Block block = panel.blocks().get(b);
                String path = "$.panels[" + p + "].blocks[" + b + "]";
                if (block instanceof ImageBlock image && !images.containsKey(image.src())) {
                    checkImage(image, contents, locations, path + ".src", problems)
                            .ifPresent(data -> images.put(image.src(), data));
                } else if (block instanceof LinkBlock link && !link.isOpenable()) {
                    problems.add(locations.problemAt(path + ".href", "the address '" + link.href()
                                    + "' will be shown as text, never opened: only http, https and mailto links open",
                            "Use a full http, https or mailto address.").withSeverity(Problem.Severity.WARNING));
                }
            }
        }
        return images;
    }

    private static Optional<ImageData> checkImage(ImageBlock image, BundleContents contents,
                                                  Locations locations, String path, List<Problem> problems) {
        try {
            Optional<byte[]> bytes = contents.resources().read(image.src());
            if (bytes.isEmpty()) {
                problems.add(locations.problemAt(path, "the picture '" + image.src() + "' is not in the bundle",
                        "Put the picture in the bundle's folder at that path, or correct the path."));
                return Optional.empty();
            }
            return Optional.of(ImageChecker.check(bytes.get()));
        } catch (BundleException e) {
            e.problems().forEach(problem -> problems.add(locations.problemAt(path, problem.message(),
                    problem.hint())));
        } catch (ImageChecker.Rejected e) {
            problems.add(locations.problemAt(path, "the picture '" + image.src() + "' " + e.getMessage(),
                    "Save it again as PNG or JPEG, at most " + BundleLimits.MAX_IMAGE_PIXELS / 1_000_000
                            + " million pixels."));
        }
        return Optional.empty();
    }
}
