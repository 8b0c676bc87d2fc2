package org.briefingviewer.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.briefingviewer.model.BarChart;
import org.briefingviewer.model.Block;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.BulletList;
import org.briefingviewer.model.Callout;
import org.briefingviewer.model.Heading;
import org.briefingviewer.model.KeyFigure;
import org.briefingviewer.model.Metadata;
import org.briefingviewer.model.Panel;
import org.briefingviewer.model.PanelIcon;
import org.briefingviewer.model.Paragraph;
import org.briefingviewer.model.Quote;
import org.briefingviewer.model.SourceParagraph;
import org.briefingviewer.model.Timeline;

/** Briefings of any size for benchmarks: varied blocks and realistic text, the same for the same seed. */
public final class SyntheticBriefings {

    private static final String[] WORDS = ("the talks will focus on reinforcing joint defense capabilities trade "
            + "deal tariff energy investment semiconductors batteries shipbuilding alliance security cooperation "
            + "partnership strategic economic regional stability officials analysts payments troops presence "
            + "restructuring responsibilities influence competitiveness governments industry leaders outcome")
            .split(" ");

    private SyntheticBriefings() {
    }

    public static Briefing generate(int panelCount, long seed) {
        Random random = new Random(seed);
        List<SourceParagraph> sources = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            sources.add(new SourceParagraph("p" + i, sentences(random, 4)));
        }
        List<Panel> panels = new ArrayList<>();
        for (int p = 0; p < panelCount; p++) {
            panels.add(panel(random, p));
        }
        Metadata metadata = new Metadata("synthetic-" + panelCount, "Synthetic briefing of " + panelCount + " panels",
                "Generated for benchmarks", "Generated", "UNCLASSIFIED · SYNTHETIC", "en", null);
        return new Briefing(1, metadata, sources, panels);
    }

    private static Panel panel(Random random, int index) {
        String id = "panel-" + index;
        List<Block> blocks = new ArrayList<>();
        int blockCount = 5 + random.nextInt(4);
        for (int b = 0; b < blockCount; b++) {
            blocks.add(block(random, id + "-b" + b, b));
        }
        PanelIcon icon = PanelIcon.values()[index % PanelIcon.values().length];
        return new Panel(id, "Panel " + (index + 1) + ": " + capitalised(words(random, 3)), icon,
                sentences(random, 1), blocks, List.of(sentences(random, 1), sentences(random, 1)));
    }

    private static Block block(Random random, String id, int position) {
        List<String> cites = List.of("p" + (1 + random.nextInt(20)));
        return switch (position == 0 ? 1 : random.nextInt(8)) {
            case 0 -> new Heading(id, cites, capitalised(words(random, 4)), 2);
            case 1 -> new Paragraph(id, cites, sentences(random, 3));
            case 2 -> BulletList.of(id, cites, capitalised(words(random, 3)),
                    List.of(sentences(random, 1), sentences(random, 1), sentences(random, 1)), false);
            case 3 -> new KeyFigure(id, cites, capitalised(words(random, 5)), 10 + random.nextInt(400),
                    random.nextBoolean() ? (double) (10 + random.nextInt(400)) : null, "$", "billion",
                    random.nextBoolean());
            case 4 -> new BarChart(id, cites, capitalised(words(random, 4)), "USD billion", List.of(
                    new BarChart.Bar(capitalised(words(random, 2)), random.nextInt(500)),
                    new BarChart.Bar(capitalised(words(random, 2)), random.nextInt(500)),
                    new BarChart.Bar(capitalised(words(random, 2)), random.nextInt(500))));
            case 5 -> new Quote(id, cites, capitalised(words(random, 2)), words(random, 8));
            case 6 -> new Callout(id, cites, Callout.Tone.values()[random.nextInt(3)], capitalised(words(random, 3)),
                    sentences(random, 2));
            default -> new Timeline(id, cites, capitalised(words(random, 3)), List.of(
                    new Timeline.Event("Earlier", sentences(random, 1)),
                    new Timeline.Event("Now", sentences(random, 1)),
                    new Timeline.Event("Later", sentences(random, 1))));
        };
    }

    private static String sentences(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(capitalised(words(random, 8 + random.nextInt(12)))).append('.');
        }
        return text.toString();
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
