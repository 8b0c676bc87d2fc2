package org.briefingviewer.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.briefingviewer.model.Block;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.BulletList;
import org.briefingviewer.model.KeyFigure;
import org.briefingviewer.model.Panel;
import org.junit.jupiter.api.Test;

class BriefingLoaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** An example briefing that holds every kind of block. */
    private static final Path EXAMPLE = Path.of("docs", "examples", "minimal");
    /** Equal JSON values, where 15 and 15.0 are the same number. */
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? Double.compare(a.doubleValue(), b.doubleValue())
            : a.equals(b) ? 0 : 1;

    private final BriefingLoader loader = new BriefingLoader();

    @Test
    void embeddedBriefingHasTheFivePanelsInOrder() {
        Briefing briefing = loader.loadEmbedded();

        assertThat(briefing.panels()).extracting(Panel::id)
                .containsExactly("overview", "trade", "defense", "industries", "alliance-outlook");
        assertThat(briefing.panels()).extracting(Panel::title)
                .containsExactly("Overview", "Trade", "Defense", "Industries", "Alliance outlook");
        assertThat(briefing.sources()).hasSize(7);
        assertThat(briefing.metadata().handling()).isNotBlank();
        assertThat(briefing.panels()).allSatisfy(panel -> assertThat(panel.speakerNotes()).isNotEmpty());
    }

    @Test
    void embeddedBriefingPassesEveryCheckAFileFromOutsideWould() {
        BundleCheck check = loader.checkEmbedded();

        assertThat(check.problems()).isEmpty();
        assertThat(check.briefing()).isEqualTo(loader.loadEmbedded());
    }

    @Test
    void writtenBriefingLoadsBackUnchanged() throws BundleException {
        Briefing summit = loader.loadEmbedded();

        Briefing reread = loader.load(BundleWriter.write(summit), "written.json");

        assertThat(reread).isEqualTo(summit);
    }

    @Test
    void everyKindOfBlockIsBoundWithEachOfItsFields() throws Exception {
        JsonNode document = JSON.readTree(EXAMPLE.resolve("briefing.json").toFile());
        List<JsonNode> written = new ArrayList<>();
        document.get("panels").forEach(panel -> panel.get("blocks").forEach(written::add));

        List<Block> bound = loader.load(EXAMPLE).panels().stream().flatMap(panel -> panel.blocks().stream()).toList();

        assertThat(written).extracting(block -> block.get("kind").asText())
                .containsAll(List.of("heading", "paragraph", "bulletList", "keyFigure", "barChart", "quote", "callout",
                        "timeline", "image", "link"));
        ObjectMapper bundleMapper = BundleMapper.create();
        assertThat(bound).hasSameSizeAs(written);
        for (int i = 0; i < bound.size(); i++) {
            ObjectNode rewritten = bundleMapper.valueToTree(bound.get(i));
            List<String> fieldsWritten = new ArrayList<>();
            written.get(i).fieldNames().forEachRemaining(fieldsWritten::add);
            rewritten.retain(fieldsWritten);
            assertThat(rewritten.equals(NUMBERS_BY_VALUE, written.get(i)))
                    .as("%s bound and written again: %s", written.get(i), rewritten).isTrue();
        }
    }

    @Test
    void theEmbeddedBriefingsReaderBindsEveryKindOfBlockAsTheCheckedLoadDoes() throws Exception {
        Briefing checked = loader.load(EXAMPLE);

        Briefing read;
        try (InputStream json = Files.newInputStream(EXAMPLE.resolve("briefing.json"))) {
            read = new BriefingReader(BundleLimits.jsonFactory()).read(json);
        }

        assertThat(read).isEqualTo(checked.withImages(Map.of()));
    }

    @Test
    void everyBlockCitesAtLeastOneSourceParagraphThatExists() {
        Briefing briefing = loader.loadEmbedded();

        List<Block> blocks = briefing.panels().stream().flatMap(panel -> panel.blocks().stream()).toList();
        assertThat(blocks).allSatisfy(block -> {
            assertThat(block.cites()).isNotEmpty();
            assertThat(block.cites()).allSatisfy(id -> assertThat(briefing.source(id)).isPresent());
        });
    }

    @Test
    void tariffFigureCarriesBothBeforeAndAfter() {
        Panel trade = loader.loadEmbedded().panel("trade").orElseThrow();

        KeyFigure tariff = (KeyFigure) trade.blocks().stream()
                .filter(block -> block.id().equals("trade-tariff")).findFirst().orElseThrow();
        assertThat(tariff.before()).isEqualTo(25.0);
        assertThat(tariff.value()).isEqualTo(15.0);
        assertThat(tariff.unit()).isEqualTo("%");
    }

    @Test
    void listsMarkedStepByStepSayHowManyStepsTheyAdd() {
        Briefing summit = loader.loadEmbedded();

        assertThat(summit.panels()).flatMap(Panel::blocks).filteredOn(BulletList.class::isInstance)
                .map(BulletList.class::cast).filteredOn(BulletList::steps).extracting(Block::id)
                .containsExactly("overview-agenda", "industries-list", "alliance-strategy");
        BulletList agenda = (BulletList) summit.panel("overview").orElseThrow().blocks().stream()
                .filter(block -> block.id().equals("overview-agenda")).findFirst().orElseThrow();
        assertThat(agenda.buildSteps()).isEqualTo(agenda.items().size());
    }

    @Test
    void malformedJsonIsReportedWithItsLineAndColumn() {
        String json = "{\n  \"formatVersion\": 1,\n  \"metadata\": {\n    \"id\": \"x\",\n  }\n}";

        List<Problem> problems = problemsOf(json);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(5);
            assertThat(problem.message()).startsWith("not valid JSON");
        });
    }

    @Test
    void emptyFileSaysSo() {
        assertThat(problemsOf("")).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("empty"));
    }

    @Test
    void aJsonArrayIsNotABundle() {
        assertThat(problemsOf("[1, 2]")).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("JSON object"));
    }

    @Test
    void missingRequiredFieldNamesTheFieldAndWhereItBelongs() {
        List<Problem> problems = problemsOf(embeddedWith(root -> panel(root, 1).remove("title")));

        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.path()).isEqualTo("$.panels[1]");
            assertThat(problem.message()).contains("title");
            assertThat(problem.line()).isPositive();
        });
    }

    @Test
    void unknownBlockKindIsReportedAtItsPath() {
        List<Problem> problems = problemsOf(embeddedWith(root -> block(root, 2, 0).put("kind", "video")));

        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.path()).isEqualTo("$.panels[2].blocks[0].kind");
            assertThat(problem.hint()).contains("heading");
            assertThat(problem.line()).isPositive();
        });
    }

    @Test
    void wrongTypeIsReported() {
        List<Problem> problems = problemsOf(embeddedWith(root -> root.put("formatVersion", "one")));

        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.path()).isEqualTo("$.formatVersion");
            assertThat(problem.message()).contains("whole number");
        });
    }

    @Test
    void duplicatePanelIdsAreReportedOnTheSecondOne() {
        List<Problem> problems = problemsOf(embeddedWith(root -> panel(root, 3).put("id", "trade")));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("$.panels[3].id");
            assertThat(problem.message()).contains("'trade'").contains("unique");
        });
    }

    @Test
    void duplicateBlockIdsAcrossPanelsAreReported() {
        List<Problem> problems = problemsOf(embeddedWith(root -> block(root, 4, 0).put("id", "trade-deal")));

        assertThat(problems).extracting(Problem::path).containsExactly("$.panels[4].blocks[0].id");
    }

    @Test
    void citationThatResolvesToNothingIsReported() {
        List<Problem> problems = problemsOf(embeddedWith(root -> {
            ArrayNode cites = (ArrayNode) block(root, 0, 0).get("cites");
            cites.removeAll().add("p9");
        }));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("$.panels[0].blocks[0].cites[0]");
            assertThat(problem.message()).contains("'p9'");
        });
    }

    @Test
    void formatVersionFromTheFutureAsksForANewerViewer() {
        List<Problem> problems = problemsOf(embeddedWith(root -> root.put("formatVersion", 7)));

        assertThat(problems).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("newer version of Briefing Viewer"));
    }

    @Test
    void briefingWithoutPanelsIsRejected() {
        List<Problem> problems = problemsOf(embeddedWith(root -> root.putArray("panels")));

        assertThat(problems).anySatisfy(problem -> assertThat(problem.path()).isEqualTo("$.panels"));
    }

    @Test
    void everyProblemIsListedInOneError() {
        String json = embeddedWith(root -> {
            panel(root, 0).remove("title");
            block(root, 1, 0).put("kind", "video");
            ((ObjectNode) root.get("metadata")).remove("handling");
        });

        assertThatThrownBy(() -> loader.load(json.getBytes(StandardCharsets.UTF_8), "broken.json"))
                .isInstanceOf(BundleException.class)
                .hasMessageContaining("broken.json cannot be opened")
                .hasMessageContaining("$.panels[0]")
                .hasMessageContaining("$.panels[1].blocks[0].kind")
                .hasMessageContaining("$.metadata");
    }

    @Test
    void duplicateKeysInOneObjectAreRejected() {
        String json = "{\"formatVersion\": 1, \"formatVersion\": 1}";

        assertThat(problemsOf(json)).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("'formatVersion' appears twice"));
    }

    private List<Problem> problemsOf(String json) {
        try {
            loader.load(json.getBytes(StandardCharsets.UTF_8), "test.json");
        } catch (BundleException e) {
            return e.problems();
        }
        throw new AssertionError("expected the bundle to be rejected");
    }

    static String embeddedWith(Consumer<ObjectNode> change) {
        try (var in = BriefingLoaderTest.class.getResourceAsStream(BriefingLoader.EMBEDDED_RESOURCE)) {
            ObjectNode root = (ObjectNode) JSON.readTree(in);
            change.accept(root);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ObjectNode panel(ObjectNode root, int index) {
        return (ObjectNode) root.get("panels").get(index);
    }

    private static ObjectNode block(ObjectNode root, int panel, int block) {
        return (ObjectNode) panel(root, panel).get("blocks").get(block);
    }
}
