package org.briefingviewer.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad file gives its own clear, located problem; files that are fine but odd give warnings. */
class BundleInputTest {

    private final BriefingLoader loader = new BriefingLoader();

    @TempDir
    Path folder;

    @Test
    void invalidUtf8IsLocated() throws IOException {
        byte[] json = BriefingLoaderTest.embeddedWith(root -> { }).getBytes(StandardCharsets.UTF_8);
        int at = new String(json, StandardCharsets.UTF_8).indexOf("Overview");
        json[at] = (byte) 0xC3;
        json[at + 1] = (byte) 0x28;

        BundleCheck check = loader.check(write("latin.json", json));

        assertThat(check.briefing()).isNull();
        assertThat(check.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).contains("not valid UTF-8");
            assertThat(problem.line()).isGreaterThan(1);
        });
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "picture.png | 89504E470D0A1A0A | picture.png is a PNG image, not a briefing",
            "scan.json | 255044462D312E37 | scan.json is a PDF document, not a briefing",
            "notes.md | 504B0304140006000800000021007767 | notes.md is a zip archive (a briefing archive's name ends"
                    + " in .briefing), not a briefing",
            "report.docx | 504B0304140006000800000021007767 | report.docx is a Word document, not a briefing",
            "wide.json | FFFE7B002200 | wide.json is text in UTF-16, not a briefing"})
    void aFileOfAnotherKindIsNamedForWhatItIs(String name, String hex, String message) throws IOException {
        BundleCheck check = loader.check(write(name, java.util.HexFormat.of().parseHex(hex)));

        assertThat(check.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).isEqualTo(message);
            assertThat(problem.isError()).isTrue();
        });
    }

    @Test
    void aPipeInPlaceOfAFileIsRefusedWithoutWaiting() throws Exception {
        Path pipe = folder.resolve("pipe.json");
        new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor();

        BundleCheck check = loader.check(pipe);

        assertThat(check.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("not an ordinary file"));
    }

    @Test
    void aBriefingJsonLinkedFromOutsideTheFolderIsRefused(@TempDir Path outside) throws IOException {
        Path real = write("elsewhere.json", BriefingLoaderTest.embeddedWith(root -> { })
                .getBytes(StandardCharsets.UTF_8));
        Path bundle = Files.createDirectories(outside.resolve("bundle"));
        Files.createSymbolicLink(bundle.resolve("briefing.json"), real);

        assertThat(loader.check(bundle).problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("is a link to a file outside"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"2.0", "2e0", "1e3", "1.5"})
    void aFormatVersionThatIsNotAWholeNumberIsRefusedAtItsPlace(String version) throws IOException {
        String json = BriefingLoaderTest.embeddedWith(root -> { }).replaceFirst("\"formatVersion\" : 1",
                "\"formatVersion\" : " + version);

        BundleCheck check = loader.check(write("version.json", json.getBytes(StandardCharsets.UTF_8)));

        assertThat(check.briefing()).isNull();
        assertThat(check.problems()).anySatisfy(problem -> {
            assertThat(problem.message()).contains("whole number");
            assertThat(problem.line()).isEqualTo(3);
        });
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRefused() throws IOException {
        byte[] json = BriefingLoaderTest.embeddedWith(root -> { }).getBytes(StandardCharsets.UTF_16LE);

        assertThat(loader.check(write("wide.json", json)).problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("zero bytes"));
    }

    @Test
    void controlCharactersFromABundleCannotForgeALineOfOutput() throws IOException {
        String json = BriefingLoaderTest.embeddedWith(root -> ((com.fasterxml.jackson.databind.node.ObjectNode)
                root.get("panels").get(0)).put("icon", "x\nother.json:1:1: error: forged\u001b[31m"));

        BundleCheck check = loader.check(write("forge.json", json.getBytes(StandardCharsets.UTF_8)));

        assertThat(check.problems()).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.compilerStyle()).doesNotContain("\n", "\u001b");
            assertThat(problem.describe()).doesNotContain("\n", "\u001b");
        });
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"\\uFFFE", "\\uFDD0", "\\u0007", "\\uD800", "\\u0085"})
    void aCharacterNoPdfCanCarryIsRefusedAtItsPlace(String escaped) throws IOException {
        String json = BriefingLoaderTest.embeddedWith(root -> { }).replaceFirst("\"title\" : \"Overview\"",
                java.util.regex.Matcher.quoteReplacement("\"title\" : \"Over" + escaped + "view\""));

        BundleCheck check = loader.check(write("odd.json", json.getBytes(StandardCharsets.UTF_8)));

        assertThat(check.briefing()).isNull();
        assertThat(check.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).contains("no PDF can carry");
            assertThat(problem.path()).isEqualTo("$.panels[0].title");
        });
    }

    @Test
    void aCharacterThePdfFontsCannotDrawLoadsWithAWarningAtItsPlace() throws IOException {
        String json = BriefingLoaderTest.embeddedWith(root -> { }).replaceFirst("\"title\" : \"Overview\"",
                "\"title\" : \"Overview \uD83D\uDE42\"");

        BundleCheck check = loader.check(write("emoji.json", json.getBytes(StandardCharsets.UTF_8)));

        assertThat(check.briefing()).isNotNull();
        assertThat(check.briefing().panels().get(0).title()).isEqualTo("Overview \uD83D\uDE42");
        assertThat(check.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isFalse();
            assertThat(problem.message()).contains("U+1F642", "PDF fonts cannot draw", "replacement mark");
            assertThat(problem.path()).isEqualTo("$.panels[0].title");
        });
    }

    @Test
    void manyTextsThePdfFontsCannotDrawAreSaidTenTimesAndOnceMore() throws IOException {
        String json = BriefingLoaderTest.embeddedWith(root -> { }).replaceAll("\"text\" : \"",
                "\"text\" : \"\uD55C ");

        BundleCheck check = loader.check(write("hangul.json", json.getBytes(StandardCharsets.UTF_8)));

        assertThat(check.briefing()).isNotNull();
        assertThat(check.warnings()).hasSize(11);
        assertThat(check.warnings().get(10).message()).contains("more characters the PDF fonts cannot draw");
    }

    @Test
    void columnsCountCharactersNotBytes() throws IOException {
        byte[] json = "{\"formatVersion\": 1, \"title\": \"한국어 제목\" \"oops\"}".getBytes(StandardCharsets.UTF_8);

        Problem problem = loader.check(write("korean.json", json)).problems().get(0);

        assertThat(problem.column()).isEqualTo("{\"formatVersion\": 1, \"title\": \"한국어 제목\" ".length() + 1);
    }

    @Test
    void byteOrderMarkIsAcceptedWithAWarning() throws IOException {
        byte[] json = BriefingLoaderTest.embeddedWith(root -> { }).getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[json.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withMark, 3, json.length);

        BundleCheck check = loader.check(write("bom.json", withMark));

        assertThat(check.briefing()).isNotNull();
        assertThat(check.warnings()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("byte-order mark"));
    }

    @Test
    void truncatedFileSaysItEndsTooEarly() throws IOException {
        String json = BriefingLoaderTest.embeddedWith(root -> { });

        BundleCheck check = loader.check(write("cut.json", json.substring(0, json.length() / 2)
                .getBytes(StandardCharsets.UTF_8)));

        assertThat(check.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).startsWith("not valid JSON");
            assertThat(problem.hint()).contains("truncated");
            assertThat(problem.line()).isPositive();
        });
    }

    @Test
    void deepNestingIsRefusedWithTheLimit() throws IOException {
        String deep = "{\"formatVersion\": " + "[".repeat(200) + "]".repeat(200) + "}";

        BundleCheck check = loader.check(write("deep.json", deep.getBytes(StandardCharsets.UTF_8)));

        assertThat(check.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("nest"));
    }

    @Test
    void hugeStringIsRefusedWithTheLimit() throws IOException {
        String json = BriefingLoaderTest.embeddedWith(root ->
                ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("metadata"))
                        .put("title", "x".repeat(BundleLimits.MAX_STRING_LENGTH + 10)));

        BundleCheck check = loader.check(write("long.json", json.getBytes(StandardCharsets.UTF_8)));

        assertThat(check.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).containsAnyOf("String value length", "too large"));
    }

    @Test
    void fileLargerThanTheLimitIsRefusedBeforeParsing() throws IOException {
        byte[] big = new byte[(int) BundleLimits.MAX_JSON_BYTES + 1];
        Arrays.fill(big, (byte) ' ');

        BundleCheck check = loader.check(write("big.json", big));

        assertThat(check.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("larger than " + (BundleLimits.MAX_JSON_BYTES >> 20) + " MB"));
    }

    @Test
    void tooManyBlocksInAPanelAreRefusedWithTheLimit() throws IOException {
        String json = BriefingLoaderTest.embeddedWith(root -> {
            var blocks = (com.fasterxml.jackson.databind.node.ArrayNode) root.get("panels").get(0).get("blocks");
            for (int i = 0; i < 501; i++) {
                var block = blocks.addObject().put("kind", "paragraph").put("id", "extra-" + i).put("text", "x");
                block.putArray("cites").add("p1");
            }
        });

        BundleCheck check = loader.check(write("crowded.json", json.getBytes(StandardCharsets.UTF_8)));

        assertThat(check.problems()).anySatisfy(problem -> {
            assertThat(problem.path()).isEqualTo("$.panels[0].blocks");
            assertThat(problem.hint()).contains("limits");
        });
    }

    @Test
    void linkThatWouldNotOpenIsAWarning() throws IOException {
        String json = BriefingLoaderTest.embeddedWith(root -> {
            var blocks = (com.fasterxml.jackson.databind.node.ArrayNode) root.get("panels").get(0).get("blocks");
            blocks.addObject().put("kind", "link").put("id", "bad-link").put("text", "Run this")
                    .put("href", "file:///etc/passwd").putArray("cites").add("p1");
        });

        BundleCheck check = loader.check(write("link.json", json.getBytes(StandardCharsets.UTF_8)));

        assertThat(check.briefing()).isNotNull();
        assertThat(check.warnings()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).contains("never opened");
            assertThat(problem.compilerStyle()).contains(": warning: ");
        });
    }

    @Test
    void missingPathSaysSo() {
        BundleCheck check = loader.check(folder.resolve("nothing-here.json"));

        assertThat(check.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("no such file"));
    }

    @Test
    void folderWithoutBriefingJsonSaysWhatItNeeds() {
        BundleCheck check = loader.check(folder);

        assertThat(check.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("holds no briefing.json"));
    }

    @Test
    void compilerStyleNamesFileLineColumnAndSeverity() {
        Problem problem = Problem.error("a.json", "$.panels[0]", 3, 7, "required property 'title' not found", null);

        assertThat(problem.compilerStyle())
                .isEqualTo("a.json:3:7: error: required property 'title' not found (at $.panels[0])");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }
}
