package org.briefingviewer.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.BulletList;
import org.briefingviewer.model.CodeBlock;
import org.briefingviewer.model.Panel;
import org.briefingviewer.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownBriefingTest {

    static final Path SUMMIT_MARKDOWN = Path.of("docs", "examples", "korea-us-summit.md");
    private static final String MINIMAL = """
            ---
            title: A test
            asOf: Today
            handling: OPEN
            language: en
            ---

            # First
            """;

    private final BriefingLoader loader = new BriefingLoader();

    static BundleCheck checkMarkdown(BriefingLoader loader, String markdown) {
        return loader.check(new BundleContents("test.md", "test.md", markdown.getBytes(StandardCharsets.UTF_8),
                BundleContents.none()));
    }

    private BundleCheck check(String markdown) {
        return checkMarkdown(loader, markdown);
    }

    @Test
    void summitWrittenAsMarkdownReadsBackAsTheSameBriefing() {
        Briefing summit = loader.loadEmbedded();

        BundleCheck check = check(MarkdownWriter.write(summit));

        assertThat(check.problems()).isEmpty();
        assertThat(check.briefing()).isEqualTo(summit);
    }

    @Test
    void shippedSummitMarkdownIsTheEmbeddedBriefing() {
        BundleCheck check = loader.check(SUMMIT_MARKDOWN);

        assertThat(check.problems()).isEmpty();
        assertThat(check.briefing()).isEqualTo(loader.loadEmbedded());
    }

    @ParameterizedTest
    @ValueSource(strings = {"copy.md", "copy.json", "copy.briefing"})
    void exampleWithEveryKindAndAPictureConvertsBothWays(String name, @TempDir Path folder) throws Exception {
        Briefing example = loader.load(Path.of("docs", "examples", "minimal"));

        BriefingConverter.write(example, folder.resolve(name));
        Briefing back = loader.load(folder.resolve(name));

        assertThat(back.panels()).isEqualTo(example.panels());
        assertThat(back.sources()).isEqualTo(example.sources());
        assertThat(back.metadata()).isEqualTo(example.metadata());
        assertThat(back.images().get("images/tariff.png").bytes())
                .isEqualTo(example.images().get("images/tariff.png").bytes());
    }

    @Test
    void aFigureThatNoCitedParagraphStatesIsReportedAtItsLine() throws IOException {
        String altered = Files.readString(SUMMIT_MARKDOWN).replace("**$350 billion**", "**$450 billion**");
        int line = lineOf(altered, "**$450 billion**");

        BundleCheck check = check(altered);

        assertThat(check.hasErrors()).isFalse();
        assertThat(check.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).isEqualTo("'$450 billion' does not appear in p2, which this block cites");
            assertThat(problem.line()).isEqualTo(line);
        });
    }

    @Test
    void aNumberInTextThatNoCitedParagraphStatesIsReported() throws IOException {
        String altered = Files.readString(SUMMIT_MARKDOWN).replace("from 25 percent to 15 percent.[^p2]",
                "from 25 percent to 12 percent.[^p2]");

        assertThat(check(altered).problems()).extracting(Problem::message)
                .containsExactly("'12 percent' does not appear in p2, which this block cites");
    }

    @Test
    void aCitationOfAMissingParagraphIsAnErrorAtTheReference() {
        String markdown = MINIMAL + "\nThe leaders meet.[^p9]\n\n[^p1]: The leaders meet.\n";
        int line = lineOf(markdown, "The leaders meet.[^p9]");

        BundleCheck check = check(markdown);

        assertThat(check.briefing()).isNull();
        assertThat(check.problems()).filteredOn(Problem::isError).singleElement().satisfies(problem -> {
            assertThat(problem.message()).contains("'p9'");
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.column()).isEqualTo("The leaders meet.".length() + 1);
        });
    }

    @Test
    void aBlockThatCitesNothingIsAWarning() {
        BundleCheck check = check(MINIMAL + "\nUncited.\n\nCited.[^p1]\n\n[^p1]: Cited.\n");

        assertThat(check.briefing()).isNotNull();
        assertThat(check.problems()).extracting(Problem::message)
                .containsExactly("this block cites no source paragraph");
        assertThat(check.problems().get(0).line()).isEqualTo(lineOf(MINIMAL + "\nUncited.", "Uncited."));
    }

    @Test
    void tablesCaptionsAndCodeAreRead() {
        BundleCheck check = check(MINIMAL + """

                | Rate | Before | After |
                | --- | --- | --- |
                | Tariff | 25% | 15% |
                | Cars | | 15% |

                Table: The tariff[^p1]

                <!-- block cites=p1 -->
                ```sh
                echo 15
                ```

                [^p1]: The tariff fell from 25% to 15%.
                """);

        assertThat(check.problems()).isEmpty();
        Panel panel = check.briefing().panels().get(0);
        assertThat(panel.blocks().get(0)).isEqualTo(new Table("first-1", List.of("p1"), "The tariff",
                List.of("Rate", "Before", "After"), List.of(List.of("Tariff", "25%", "15%"), List.of("Cars", "",
                "15%"))));
        assertThat(panel.blocks().get(1)).isEqualTo(new CodeBlock("first-2", List.of("p1"), "sh", "echo 15"));
    }

    @Test
    void bulletListsKeepTwoLevelsAndFlattenDeeperOnesWithAWarning() {
        BundleCheck check = check(MINIMAL + """

                - Trade[^p1]
                  - Tariffs
                    - Cars
                - Defense
                """ + "\n[^p1]: Trade, tariffs, cars and defense.\n");

        assertThat(check.briefing().panels().get(0).blocks()).singleElement().isEqualTo(new BulletList("first-1",
                List.of("p1"), null, List.of(new BulletList.Item("Trade", List.of("Tariffs", "Cars")),
                new BulletList.Item("Defense")), false));
        assertThat(check.problems()).extracting(Problem::message)
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING).startsWith("left out list levels");
    }

    @Test
    void aDashLineStraightUnderTextIsReportedAsAHeadingNotABreak() {
        String markdown = MINIMAL + "\nSome text\n---\n\n# Second\n";

        BundleCheck check = check(markdown);

        assertThat(check.problems()).anySatisfy(problem -> {
            assertThat(problem.message()).contains("reads that text as a heading");
            assertThat(problem.line()).isEqualTo(lineOf(markdown, "---\n\n# Second"));
        });
    }

    @Test
    void anUnknownDirectiveIsReportedWithTheNameMeant() {
        String markdown = MINIMAL + "\n<!-- figrue id=x -->\n**15%** A rate[^p1]\n\n[^p1]: A rate of 15%.\n";

        assertThat(check(markdown).problems()).anySatisfy(problem -> {
            assertThat(problem.message()).isEqualTo("'figrue' is not a directive the viewer knows; did you mean"
                    + " 'figure'?");
            assertThat(problem.line()).isEqualTo(lineOf(markdown, "<!-- figrue"));
        });
    }

    @Test
    void aPanelDirectiveWithAnUnknownIconIsAnErrorAtTheDirective() {
        String markdown = MINIMAL + "<!-- panel: icon=trades -->\n\nText.[^p1]\n\n[^p1]: Text.\n";

        BundleCheck check = check(markdown);

        assertThat(check.problems()).filteredOn(Problem::isError).singleElement().satisfies(problem -> {
            assertThat(problem.message()).isEqualTo("'trades' is not a known icon; did you mean 'trade'?");
            assertThat(problem.line()).isEqualTo(lineOf(markdown, "<!-- panel"));
        });
    }

    @Test
    void frontMatterProblemsAreLocated() {
        assertThat(check("---\ntitle: x\n\n# Panel\n").problems()).filteredOn(Problem::isError)
                .singleElement().satisfies(problem -> assertThat(problem.message()).contains("never closed"));
        assertThat(check("---\ntitle: [x\n---\n# Panel\n").problems()).filteredOn(Problem::isError)
                .singleElement().satisfies(problem -> {
                    assertThat(problem.message()).startsWith("the front matter is not valid YAML");
                    assertThat(problem.line()).isGreaterThan(1);
                });
        assertThat(check("---\ntitle: &a x\nsubtitle: *a\n---\n# Panel\n").problems())
                .anySatisfy(problem -> assertThat(problem.message()).contains("anchors or aliases"));
        assertThat(check("---\ntitel: x\n---\n# Panel\n").problems())
                .anySatisfy(problem -> {
                    assertThat(problem.message()).isEqualTo("'titel' is not a metadata field; did you mean"
                            + " 'title'?");
                    assertThat(problem.line()).isEqualTo(2);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"marp-cli-demo.md", "slidev-starter.md", "slidev-composable-vue.md"})
    void peerDecksOpenWithWarningsOnlyEachKindOnce(String deck) throws IOException {
        BundleCheck check = check(peerDeck(deck));

        assertThat(check.problems()).noneMatch(Problem::isError);
        assertThat(check.briefing().panels()).hasSizeGreaterThan(2);
        List<String> leftOut = check.problems().stream().map(Problem::message)
                .filter(message -> message.startsWith("left out ")).map(message -> message.split(" here")[0])
                .toList();
        assertThat(leftOut).doesNotHaveDuplicates();
        assertThat(check.problems()).filteredOn(problem -> problem.message().contains("cite"))
                .extracting(Problem::message).containsExactly("no statement in this briefing cites a source");
    }

    @Test
    void marpDeckKeepsTitlesTextAndNotes() throws IOException {
        Briefing deck = check(peerDeck("marp-cli-demo.md")).briefing();

        assertThat(deck.panels()).extracting(Panel::title)
                .startsWith("Hello, I'm Marp CLI!", "Watch and preview");
        assertThat(deck.panels().get(0).speakerNotes())
                .containsExactly("You can also write down presenter notes in HTML comments.");
        assertThat(deck.metadata().id()).isEqualTo("test");
    }

    @Test
    void aShapeWhereAnotherBelongsIsAProblemNotACrash() {
        String json = BriefingLoaderTest.embeddedWith(root -> root.putObject("sources").put("p1", "x"));

        BundleCheck check = loader.check(new BundleContents("shapes.json", "shapes.json",
                json.getBytes(StandardCharsets.UTF_8), BundleContents.none()));

        assertThat(check.problems()).filteredOn(Problem::isError).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem.line()).isPositive());
    }

    static String peerDeck(String name) throws IOException {
        try (InputStream in = MarkdownBriefingTest.class.getResourceAsStream("peer-decks/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int lineOf(String text, String part) {
        return (int) text.substring(0, text.indexOf(part)).chars().filter(c -> c == '\n').count() + 1;
    }
}
