package org.briefingviewer.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.briefingviewer.model.BarChart;
import org.briefingviewer.model.Block;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.BulletList;
import org.briefingviewer.model.Callout;
import org.briefingviewer.model.FigureFormat;
import org.briefingviewer.model.Heading;
import org.briefingviewer.model.KeyFigure;
import org.briefingviewer.model.Paragraph;
import org.briefingviewer.model.Quote;
import org.briefingviewer.model.Timeline;
import org.junit.jupiter.api.Test;

/** The summit briefing states no figure and no quotation that its cited source paragraphs do not state. */
class SummitBriefingFaithfulnessTest {

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*\\d|\\d");
    private final Briefing briefing = new BriefingLoader().loadEmbedded();

    @Test
    void everyNumberInABlockAppearsInTheParagraphsItCites() {
        for (Block block : allBlocks()) {
            String cited = citedText(block);
            for (String number : numbersIn(String.join(" ", textOf(block)))) {
                assertThat(cited).as("block %s states %s", block.id(), number).contains(number);
            }
        }
    }

    @Test
    void quotationsAreVerbatimFromTheCitedParagraphs() {
        allBlocks().stream().filter(Quote.class::isInstance).map(Quote.class::cast).forEach(quote ->
                assertThat(citedText(quote)).as(quote.id()).contains(quote.text()));
    }

    @Test
    void speakerNotesStateOnlyNumbersFromTheSource() {
        String source = briefing.sources().stream().map(s -> s.text()).collect(Collectors.joining("\n"));
        briefing.panels().forEach(panel -> panel.speakerNotes().forEach(note ->
                numbersIn(note).forEach(number -> assertThat(source).as(note).contains(number))));
    }

    private List<Block> allBlocks() {
        return briefing.panels().stream().flatMap(panel -> panel.blocks().stream()).toList();
    }

    private String citedText(Block block) {
        return block.cites().stream().map(id -> briefing.source(id).orElseThrow().text())
                .collect(Collectors.joining("\n"));
    }

    private static List<String> numbersIn(String text) {
        List<String> numbers = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            numbers.add(matcher.group());
        }
        return numbers;
    }

    private static List<String> textOf(Block block) {
        List<String> texts = new ArrayList<>();
        if (block instanceof Heading heading) {
            texts.add(heading.text());
        } else if (block instanceof Paragraph paragraph) {
            texts.add(paragraph.text());
        } else if (block instanceof BulletList list) {
            list.texts().forEach(texts::add);
        } else if (block instanceof KeyFigure figure) {
            texts.add(FigureFormat.describe(figure));
        } else if (block instanceof BarChart chart) {
            texts.add(chart.describe());
        } else if (block instanceof Quote quote) {
            texts.add(quote.text());
        } else if (block instanceof Callout callout) {
            texts.add(callout.title() + " " + callout.text());
        } else if (block instanceof Timeline timeline) {
            timeline.events().forEach(event -> texts.add(event.when() + " " + event.text()));
        }
        return texts;
    }
}
