package org.briefingviewer.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Random;

/**
 * Valid but odd briefings, the same one for the same seed: extreme numbers, strings at their schema limits,
 * unusual Unicode (combining marks, right-to-left text, emoji, zero-width and bidi controls, mixed scripts, long
 * unbroken words), empty and crowded panels, and every block kind but pictures (which {@code PdfPicturesTest}
 * covers) at its limits.
 */
final class OddBriefings {

    private static final List<String> ODD_TEXTS = List.of(
            "e\u0301\u0302\u0303 a\u0308\u0304 Z\u0335\u0336\u0337\u0338",
            "\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD and \u0645\u0631\u062D\u0628\u0627 in one line",
            "\u202Ereversed\u202C \u2067isolate\u2069 \u200Fmark",
            "\uD83D\uDE42 \uD83C\uDDF0\uD83C\uDDF7 \uD83D\uDC69\u200D\uD83D\uDCBB \u2764\uFE0F",
            "zero\u200Bwidth\u200Cjoin\u200Ders\uFEFF\u2060here",
            "\uD55C\uBBF8 \uC815\uC0C1\uD68C\uB2F4 \u9996\u8111\u4F1A\u8C08 \u65E5\u672C\u8A9E",
            "\u0391\u03B8\u03AE\u03BD\u03B1 \u041C\u043E\u0441\u043A\u0432\u0430 Ti\u1EBFng Vi\u1EC7t",
            "<tag attr=\"x\"> & ' \" ]]> <!-- -->",
            "25% \u2192 15% \u2248 28,500 \u2212 \u00BD \u2153 \u2122 \u20A9 \u20AC",
            "soft\u00ADhyphen non\u2011breaking\u00A0space\u2003em\u2009thin",
            "tab\tand\nnew\r\nline",
            "Supercalifragilisticexpialidocious".repeat(40),
            "\uD835\uDC00\uD835\uDD04 \uD800\uDF00 \uD83C\uDF0D\uD83C\uDF0F",
            "\u0E2A\u0E27\u0E31\u0E2A\u0E14\u0E35 \u0928\u092E\u0938\u094D\u0924\u0947 \u10D2\u10D0\u10DB\u10D0\u10E0\u10EF\u10DD\u10D1\u10D0",
            "   leading and trailing   ",
            "x");
    private static final List<String> WORDS = List.of("the", "summit", "trade", "alliance", "tariff", "Washington",
            "investment", "security", "cooperation", "billion", "percent", "industry");
    private static final List<String> ICONS = List.of("document", "globe", "trade", "shield", "industry", "alliance");
    private static final List<String> TONES = List.of("note", "concern", "risk");
    private static final List<String> KINDS = List.of("heading", "paragraph", "bulletList", "keyFigure", "barChart",
            "quote", "callout", "timeline", "link", "table", "code");
    private static final double[] ODD_NUMBERS = {0, -0.0, 1e-300, 1e300, -1e15, 123456789012345.678, 0.000001,
            -2147483649.5, 9007199254740993d, 1.7976931348623157e308, 32767, 32768, -32769, 65536.25};

    private final Random random;
    /** One briefing in five fills its texts to their limits; the others do so rarely, to keep the run short. */
    private final int oneInHowManyTextsAtTheLimit;
    private final ObjectMapper mapper = new ObjectMapper();
    private int nextId;

    private OddBriefings(long seed) {
        random = new Random(seed);
        oneInHowManyTextsAtTheLimit = random.nextInt(5) == 0 ? 8 : 60;
    }

    /** The briefing for {@code seed}, as JSON. */
    static String json(long seed) {
        try {
            OddBriefings odd = new OddBriefings(seed);
            return odd.mapper.writerWithDefaultPrettyPrinter().writeValueAsString(odd.briefing());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode briefing() {
        ObjectNode briefing = mapper.createObjectNode();
        briefing.put("formatVersion", 1);
        ObjectNode metadata = briefing.putObject("metadata");
        metadata.put("id", "odd-" + random.nextInt(1_000_000));
        metadata.put("title", text(200));
        maybe(() -> metadata.put("subtitle", text(300)));
        metadata.put("asOf", text(200));
        metadata.put("handling", text(100));
        metadata.put("language", pick(List.of("en", "ko", "ar", "he", "zh-Hant", "en-GB")));
        maybe(() -> metadata.put("author", text(200)));
        ArrayNode sources = briefing.putArray("sources");
        int sourceCount = 1 + random.nextInt(4);
        for (int i = 1; i <= sourceCount; i++) {
            sources.addObject().put("id", "p" + i).put("text", text(20_000));
        }
        ArrayNode panels = briefing.putArray("panels");
        int panelCount = 1 + random.nextInt(4);
        for (int p = 0; p < panelCount; p++) {
            panels.add(panel(sourceCount));
        }
        return briefing;
    }

    private ObjectNode panel(int sourceCount) {
        ObjectNode panel = mapper.createObjectNode();
        panel.put("id", id());
        panel.put("title", text(120));
        maybe(() -> panel.put("icon", pick(ICONS)));
        maybe(() -> panel.put("summary", text(600)));
        ArrayNode blocks = panel.putArray("blocks");
        int blockCount = switch (random.nextInt(6)) {
            case 0 -> 0;
            case 1 -> 30 + random.nextInt(30);
            default -> 1 + random.nextInt(8);
        };
        for (int b = 0; b < blockCount; b++) {
            blocks.add(block(pick(KINDS), sourceCount));
        }
        maybe(() -> {
            ArrayNode notes = panel.putArray("speakerNotes");
            for (int n = random.nextInt(4); n >= 0; n--) {
                notes.add(text(2000));
            }
        });
        return panel;
    }

    private ObjectNode block(String kind, int sourceCount) {
        ObjectNode block = mapper.createObjectNode();
        block.put("kind", kind);
        block.put("id", id());
        ArrayNode cites = block.putArray("cites");
        for (int i = 1; i <= sourceCount; i++) {
            if (random.nextInt(3) == 0) {
                cites.add("p" + i);
            }
        }
        switch (kind) {
            case "heading" -> {
                block.put("text", text(200));
                maybe(() -> block.put("level", 2 + random.nextInt(3)));
            }
            case "paragraph" -> block.put("text", text(4000));
            case "bulletList" -> bulletList(block);
            case "keyFigure" -> keyFigure(block);
            case "barChart" -> barChart(block);
            case "quote" -> block.put("speaker", text(200)).put("text", text(2000));
            case "callout" -> block.put("tone", pick(TONES)).put("title", text(200)).put("text", text(2000));
            case "timeline" -> timeline(block);
            case "link" -> block.put("text", text(300)).put("href", pick(List.of("https://example.org/a?b=c&d=e",
                    "mailto:briefings@example.org", "https://example.org/" + "x".repeat(1900))));
            case "table" -> table(block);
            case "code" -> {
                block.put("text", text(20_000));
                maybe(() -> block.put("language", "text"));
            }
            default -> throw new IllegalArgumentException("No odd " + kind + " block is written");
        }
        return block;
    }

    private void bulletList(ObjectNode block) {
        maybe(() -> block.put("title", text(200)));
        ArrayNode items = block.putArray("items");
        for (int i = count(60); i >= 0; i--) {
            if (random.nextInt(4) == 0) {
                ObjectNode item = items.addObject().put("text", text(1000));
                ArrayNode sub = item.putArray("items");
                for (int s = random.nextInt(50); s >= 0; s--) {
                    sub.add(text(1000));
                }
            } else {
                items.add(text(1000));
            }
        }
    }

    private void keyFigure(ObjectNode block) {
        block.put("label", text(300));
        block.put("value", number());
        maybe(() -> block.put("before", number()));
        maybe(() -> block.put("prefix", text(8)));
        maybe(() -> block.put("unit", text(32)));
    }

    private void barChart(ObjectNode block) {
        block.put("title", text(200)).put("unit", text(40));
        ArrayNode bars = block.putArray("bars");
        for (int i = random.nextInt(50); i >= 0; i--) {
            bars.addObject().put("label", text(200)).put("value", Math.abs(number()));
        }
    }

    private void timeline(ObjectNode block) {
        maybe(() -> block.put("title", text(200)));
        ArrayNode events = block.putArray("events");
        for (int i = count(40); i >= 0; i--) {
            events.addObject().put("when", text(100)).put("text", text(1000));
        }
    }

    private void table(ObjectNode block) {
        maybe(() -> block.put("caption", text(300)));
        int columns = 1 + random.nextInt(20);
        ArrayNode header = block.putArray("header");
        for (int c = 0; c < columns; c++) {
            header.add(random.nextInt(5) == 0 ? "" : text(1000));
        }
        ArrayNode rows = block.putArray("rows");
        for (int r = count(60); r >= 0; r--) {
            ArrayNode row = rows.addArray();
            for (int c = 0; c < columns; c++) {
                row.add(random.nextInt(5) == 0 ? "" : text(1000));
            }
        }
    }

    /** Mostly a few, sometimes up to {@code most}. */
    private int count(int most) {
        return random.nextInt(5) == 0 ? random.nextInt(most) : random.nextInt(4);
    }

    private double number() {
        return random.nextBoolean() ? ODD_NUMBERS[random.nextInt(ODD_NUMBERS.length)]
                : (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(16));
    }

    /** A text of at least one and at most {@code maxLength} code points: short, odd, or as long as allowed. */
    private String text(int maxLength) {
        StringBuilder text = new StringBuilder();
        int target = random.nextInt(oneInHowManyTextsAtTheLimit) == 0 ? maxLength
                : random.nextInt(8) == 0 ? 1 : 1 + random.nextInt(Math.min(maxLength, 80));
        while (text.codePointCount(0, text.length()) < target) {
            text.append(random.nextInt(3) == 0 ? pick(ODD_TEXTS) : pick(WORDS)).append(' ');
        }
        String trimmed = text.toString().strip();
        String whole = trimmed.isEmpty() ? "x" : trimmed;
        return whole.substring(0, whole.offsetByCodePoints(0, Math.min(target, whole.codePointCount(0,
                whole.length()))));
    }

    private String id() {
        return "b" + nextId++;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private void maybe(Runnable part) {
        if (random.nextBoolean()) {
            part.run();
        }
    }
}
