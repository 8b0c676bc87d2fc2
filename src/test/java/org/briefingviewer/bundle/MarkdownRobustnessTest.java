package org.briefingviewer.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Thousands of seeded, broken or strange variants of the summit briefing in Markdown: each loads or is rejected
 * with a located problem, and no exception escapes. Speed is measured by the Markdown benchmark in
 * docs/performance.md; the timeout here only stops a parser that hangs.
 */
class MarkdownRobustnessTest {

    private static final int VARIANTS = 2_000;
    private static final long SEED = 20261203L;
    /** Long enough to be far beyond any real briefing; 100,000-line files are timed in docs/performance.md. */
    private static final int LONG_FILE_LINES = 20_000;
    private static final List<String> STRANGE_LINES = List.of("---", "...", "<!-- figrue -->", "<!-- figure -->",
            "<!-- chart id=x -->", "<!-- timeline -->", "<!-- steps -->", "<!-- panel: icon=nope id=Bad -->",
            "> [!CAUTION]", "> — ", "[^p99]: orphan", "text[^nowhere]", "| a | b |", "| --- | --- |", "```",
            "title: x", "- **", "**", "$$ x $$", "<div>", "<Tweet id=1 />", "<style>", "\u0000\u0007\u001b[31m",
            "# ", "###### deep", "- - - - -", "![](../../etc/passwd)", "[x](javascript:alert(1))", "\uFFFE");

    private final BriefingLoader loader = new BriefingLoader();

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void everyVariantLoadsOrIsRejectedWithALocatedProblem() throws Exception {
        String original = Files.readString(MarkdownBriefingTest.SUMMIT_MARKDOWN);
        Random random = new Random(SEED);
        for (int i = 0; i < VARIANTS; i++) {
            String variant = mutate(i % 8, original, random);
            BundleCheck check = MarkdownBriefingTest.checkMarkdown(loader, variant);
            int number = i;
            if (check.briefing() == null) {
                assertThat(check.problems()).as("variant %d", i)
                        .anySatisfy(problem -> assertThat(problem.isError()).isTrue())
                        .filteredOn(Problem::isError)
                        .allSatisfy(problem -> assertThat(problem.line()).as("variant %d: %s", number, problem)
                                .isPositive());
            }
        }
    }

    private static String mutate(int kind, String original, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(original.split("\n", -1)));
        switch (kind) {
            case 0 -> {
                return original.substring(0, random.nextInt(original.length()));
            }
            case 1 -> lines.remove(random.nextInt(lines.size()));
            case 2 -> lines.add(random.nextInt(lines.size()), STRANGE_LINES.get(random.nextInt(STRANGE_LINES.size())));
            case 3 -> {
                int at = random.nextInt(lines.size());
                lines.set(at, lines.get(at) + STRANGE_LINES.get(random.nextInt(STRANGE_LINES.size())));
            }
            case 4 -> {
                char[] chars = original.toCharArray();
                for (int n = 0; n < 1 + random.nextInt(5); n++) {
                    chars[random.nextInt(chars.length)] = (char) random.nextInt(0x3000);
                }
                return new String(chars);
            }
            case 5 -> {
                int depth = 10 + random.nextInt(3_000);
                return original + "\n" + (random.nextBoolean() ? "> ".repeat(depth) + "deep"
                        : "  ".repeat(depth) + "- deep\n" + "[".repeat(depth) + "x" + "]".repeat(depth));
            }
            case 6 -> {
                return original.replace("\n---\n", random.nextBoolean() ? "\n---" : "---\n");
            }
            default -> {
                if (random.nextInt(20) != 0) {
                    return original + "\n" + "x".repeat(random.nextInt(200_000)) + "\n";
                }
                StringBuilder longFile = new StringBuilder(original);
                for (int n = 0; n < LONG_FILE_LINES; n++) {
                    longFile.append(n % 50 == 0 ? "\n---\n\n# Panel " + n + "\n" : "- item " + n + "\n");
                }
                return longFile.toString();
            }
        }
        return String.join("\n", lines);
    }
}
