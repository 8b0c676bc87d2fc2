package org.briefingviewer.bundle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.briefingviewer.model.BarChart;
import org.briefingviewer.model.Block;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.BulletList;
import org.briefingviewer.model.Callout;
import org.briefingviewer.model.CodeBlock;
import org.briefingviewer.model.FigureFormat;
import org.briefingviewer.model.Heading;
import org.briefingviewer.model.ImageBlock;
import org.briefingviewer.model.KeyFigure;
import org.briefingviewer.model.LinkBlock;
import org.briefingviewer.model.Paragraph;
import org.briefingviewer.model.Quote;
import org.briefingviewer.model.SourceParagraph;
import org.briefingviewer.model.Table;
import org.briefingviewer.model.Timeline;

/**
 * Warns where a block states a number, a percentage or an amount of money that none of the source paragraphs it
 * cites contains: the figure may have been mistyped, or taken from somewhere the briefing does not cite.
 */
final class FigureCheck {

    enum Kind { PLAIN, PERCENT, MONEY }

    /** A number as a text states it. */
    record Figure(BigDecimal value, Kind kind, String written) {

        boolean isSupportedBy(Figure source) {
            return value.compareTo(source.value) == 0 && (kind == Kind.PLAIN || kind == source.kind);
        }
    }

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.,])([$€£¥₩]|US\\$)?\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?![\\w])(\\s*(?:%|percent\\b|per cent\\b))?");
    private static final Set<String> CURRENCIES = Set.of("$", "€", "£", "¥", "₩", "US$");

    private FigureCheck() {
    }

    static List<Problem> check(Briefing briefing, Locations locations) {
        List<Problem> problems = new ArrayList<>();
        for (int p = 0; p < briefing.panels().size(); p++) {
            List<Block> blocks = briefing.panels().get(p).blocks();
            for (int b = 0; b < blocks.size(); b++) {
                Block block = blocks.get(b);
                List<Figure> cited = block.cites().stream().flatMap(id -> briefing.source(id).stream())
                        .map(SourceParagraph::text).flatMap(text -> figures(text).stream()).toList();
                String path = "$.panels[" + p + "].blocks[" + b + "]";
                for (Figure stated : stated(block)) {
                    if (!block.cites().isEmpty() && cited.stream().noneMatch(stated::isSupportedBy)) {
                        problems.add(locations.warningAt(block instanceof KeyFigure ? path + ".value" : path, "'"
                                + stated.written() + "' does not appear in " + String.join(" or ", block.cites())
                                + ", which this block cites", "Check the figure against the source paragraph, or"
                                + " cite the paragraph it comes from."));
                    }
                }
            }
        }
        return problems;
    }

    /** Every figure in a text, as written there. */
    static List<Figure> figures(String text) {
        List<Figure> figures = new ArrayList<>();
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            String digits = number.group(2).replace(",", "") + (number.group(3) == null ? "" : number.group(3));
            Kind kind = number.group(4) != null ? Kind.PERCENT : number.group(1) != null ? Kind.MONEY : Kind.PLAIN;
            figures.add(new Figure(new BigDecimal(digits), kind, number.group().strip()));
        }
        return figures;
    }

    private static List<Figure> stated(Block block) {
        if (block instanceof KeyFigure figure) {
            List<Figure> figures = new ArrayList<>(figures(figure.label()));
            figures.add(figureOf(figure, figure.value()));
            if (figure.hasBefore()) {
                figures.add(figureOf(figure, figure.before()));
            }
            return figures;
        }
        if (block instanceof BarChart chart) {
            List<Figure> figures = new ArrayList<>(figures(chart.title()));
            chart.bars().forEach(bar -> {
                figures.addAll(figures(bar.label()));
                figures.add(new Figure(BigDecimal.valueOf(bar.value()), Kind.PLAIN,
                        FigureFormat.number(bar.value())));
            });
            return figures;
        }
        return texts(block).filter(text -> text != null).flatMap(text -> figures(text).stream()).toList();
    }

    private static Figure figureOf(KeyFigure figure, double value) {
        Kind kind = "%".equals(figure.unit()) ? Kind.PERCENT
                : figure.prefix() != null && CURRENCIES.contains(figure.prefix().strip()) ? Kind.MONEY : Kind.PLAIN;
        return new Figure(BigDecimal.valueOf(value), kind, FigureFormat.value(figure, value));
    }

    /** The statements a block makes in words; code states none. */
    private static Stream<String> texts(Block block) {
        if (block instanceof Heading heading) {
            return Stream.of(heading.text());
        } else if (block instanceof Paragraph paragraph) {
            return Stream.of(paragraph.text());
        } else if (block instanceof BulletList list) {
            return Stream.concat(Stream.of(list.title()), list.texts());
        } else if (block instanceof Quote quote) {
            return Stream.of(quote.text());
        } else if (block instanceof Callout callout) {
            return Stream.of(callout.title(), callout.text());
        } else if (block instanceof Timeline timeline) {
            return Stream.concat(Stream.of(timeline.title()),
                    timeline.events().stream().flatMap(event -> Stream.of(event.when(), event.text())));
        } else if (block instanceof ImageBlock image) {
            return Stream.of(image.alt(), image.caption());
        } else if (block instanceof LinkBlock link) {
            return Stream.of(link.text());
        } else if (block instanceof Table table) {
            return Stream.concat(Stream.concat(Stream.of(table.caption()), table.header().stream()),
                    table.rows().stream().flatMap(List::stream));
        } else if (block instanceof CodeBlock) {
            return Stream.empty();
        }
        throw new IllegalArgumentException("No statements known for blocks of kind "
                + block.getClass().getSimpleName());
    }
}
