package org.briefingviewer.bundle;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.briefingviewer.model.BarChart;
import org.briefingviewer.model.Block;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.BulletList;
import org.briefingviewer.model.Callout;
import org.briefingviewer.model.CodeBlock;
import org.briefingviewer.model.Heading;
import org.briefingviewer.model.ImageBlock;
import org.briefingviewer.model.KeyFigure;
import org.briefingviewer.model.LinkBlock;
import org.briefingviewer.model.Metadata;
import org.briefingviewer.model.Panel;
import org.briefingviewer.model.PanelIcon;
import org.briefingviewer.model.Paragraph;
import org.briefingviewer.model.Quote;
import org.briefingviewer.model.SourceParagraph;
import org.briefingviewer.model.Table;
import org.briefingviewer.model.Timeline;

/**
 * Writes a briefing as Markdown that {@link MarkdownBriefing} reads back to the same briefing, and that reads well
 * on its own: directives only where a default would not give the same id or kind.
 */
public final class MarkdownWriter {

    private final StringBuilder out = new StringBuilder();

    private MarkdownWriter() {
    }

    public static String write(Briefing briefing) {
        MarkdownWriter writer = new MarkdownWriter();
        writer.frontMatter(briefing.metadata());
        for (int p = 0; p < briefing.panels().size(); p++) {
            if (p > 0) {
                writer.out.append("\n---\n");
            }
            writer.panel(briefing.panels().get(p));
        }
        writer.sources(briefing.sources());
        return writer.out.toString();
    }

    private void frontMatter(Metadata metadata) {
        out.append("---\n");
        field("id", metadata.id());
        field("title", metadata.title());
        field("subtitle", metadata.subtitle());
        field("asOf", metadata.asOf());
        field("handling", metadata.handling());
        field("language", metadata.language());
        field("author", metadata.author());
        out.append("---\n");
    }

    private void field(String key, String value) {
        if (value != null) {
            out.append(key).append(": \"").append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
        }
    }

    private void panel(Panel panel) {
        out.append("\n# ").append(Escapes.line(panel.title())).append('\n');
        List<String> attributes = new ArrayList<>();
        if (!panel.id().equals(Slugs.of(panel.title(), ""))) {
            attributes.add("id=" + panel.id());
        }
        if (panel.icon() != PanelIcon.DOCUMENT) {
            attributes.add("icon=" + panel.icon().name().toLowerCase(Locale.ROOT));
        }
        if (!attributes.isEmpty()) {
            out.append("<!-- panel: ").append(String.join(" ", attributes)).append(" -->\n");
        }
        if (panel.summary() != null) {
            out.append("\n*").append(Escapes.inline(panel.summary())).append("*\n");
        }
        for (int b = 0; b < panel.blocks().size(); b++) {
            out.append('\n');
            block(panel.blocks().get(b), panel.id() + "-" + (b + 1));
        }
        if (!panel.speakerNotes().isEmpty()) {
            out.append("\n<!--\n").append(panel.speakerNotes().stream().map(note -> note.replace("-->", "-- >"))
                    .collect(Collectors.joining("\n\n"))).append("\n-->\n");
        }
    }

    private void directive(String name, Block block, String derivedId, boolean always, String... more) {
        List<String> attributes = new ArrayList<>();
        if (!block.id().equals(derivedId)) {
            attributes.add("id=" + block.id());
        }
        attributes.addAll(List.of(more));
        if (always || !attributes.isEmpty()) {
            out.append("<!-- ").append(name).append(attributes.isEmpty() ? "" : " " + String.join(" ", attributes))
                    .append(" -->\n");
        }
    }

    private void block(Block block, String derivedId) {
        if (block instanceof Heading heading) {
            directive(MarkdownDirective.BLOCK, block, derivedId, false);
            out.append("#".repeat(heading.level())).append(' ').append(Escapes.line(heading.text()))
                    .append(refs(block)).append('\n');
        } else if (block instanceof Paragraph paragraph) {
            directive(MarkdownDirective.BLOCK, block, derivedId, false);
            out.append(Escapes.line(paragraph.text())).append(refs(block)).append('\n');
        } else if (block instanceof BulletList list) {
            bulletList(list, derivedId);
        } else if (block instanceof KeyFigure figure) {
            directive(MarkdownDirective.FIGURE, block, derivedId, true);
            out.append("**").append(Escapes.inline(figureValue(figure))).append("** ")
                    .append(Escapes.inline(figure.label())).append(refs(block)).append('\n');
        } else if (block instanceof BarChart chart) {
            barChart(chart, derivedId);
        } else if (block instanceof Quote quote) {
            directive(MarkdownDirective.BLOCK, block, derivedId, false);
            out.append("> ").append(Escapes.line(quote.text())).append(refs(block)).append("\n>\n> — ")
                    .append(Escapes.inline(quote.speaker())).append('\n');
        } else if (block instanceof Callout callout) {
            callout(callout, derivedId);
        } else if (block instanceof Timeline timeline) {
            timeline(timeline, derivedId);
        } else if (block instanceof ImageBlock image) {
            directive(MarkdownDirective.BLOCK, block, derivedId, false);
            out.append("![").append(Escapes.inline(image.alt())).append("](").append(Escapes.destination(image.src()))
                    .append(image.caption() == null ? "" : " \"" + image.caption().replace("\"", "\\\"") + "\"")
                    .append(')').append(refs(block)).append('\n');
        } else if (block instanceof LinkBlock link) {
            directive(MarkdownDirective.BLOCK, block, derivedId, false);
            out.append('[').append(Escapes.inline(link.text())).append("](").append(Escapes.destination(link.href()))
                    .append(')').append(refs(block)).append('\n');
        } else if (block instanceof Table table) {
            table(table, derivedId);
        } else if (block instanceof CodeBlock code) {
            code(code, derivedId);
        } else {
            throw new IllegalArgumentException("No Markdown form for blocks of kind "
                    + block.getClass().getSimpleName());
        }
    }

    private void bulletList(BulletList list, String derivedId) {
        directive(list.steps() ? MarkdownDirective.STEPS : MarkdownDirective.BLOCK, list, derivedId, list.steps());
        if (list.title() != null) {
            out.append("**").append(Escapes.inline(list.title())).append("**").append(refs(list)).append("\n\n");
        }
        for (int i = 0; i < list.items().size(); i++) {
            BulletList.Item item = list.items().get(i);
            out.append("- ").append(Escapes.line(item.text()))
                    .append(i == 0 && list.title() == null ? refs(list) : "").append('\n');
            item.items().forEach(point -> out.append("  - ").append(Escapes.line(point)).append('\n'));
        }
    }

    private void barChart(BarChart chart, String derivedId) {
        directive(MarkdownDirective.CHART, chart, derivedId, true);
        out.append("| ").append(Escapes.inline(chart.title())).append(refs(chart)).append(" | ")
                .append(Escapes.inline(chart.unit())).append(" |\n| --- | ---: |\n");
        for (BarChart.Bar bar : chart.bars()) {
            out.append("| ").append(Escapes.inline(bar.label())).append(" | ").append(number(bar.value()))
                    .append(" |\n");
        }
    }

    private void callout(Callout callout, String derivedId) {
        directive(MarkdownDirective.BLOCK, callout, derivedId, false);
        String marker = switch (callout.tone()) {
            case NOTE -> "NOTE";
            case CONCERN -> "WARNING";
            case RISK -> "CAUTION";
        };
        out.append("> [!").append(marker).append("]\n> **").append(Escapes.inline(callout.title()))
                .append("**\n>\n> ").append(Escapes.line(callout.text())).append(refs(callout)).append('\n');
    }

    private void timeline(Timeline timeline, String derivedId) {
        directive(MarkdownDirective.TIMELINE, timeline, derivedId, true);
        if (timeline.title() != null) {
            out.append("**").append(Escapes.inline(timeline.title())).append("**").append(refs(timeline))
                    .append("\n\n");
        }
        for (int i = 0; i < timeline.events().size(); i++) {
            Timeline.Event event = timeline.events().get(i);
            out.append("- **").append(Escapes.inline(event.when())).append("**: ")
                    .append(Escapes.inline(event.text()))
                    .append(i == 0 && timeline.title() == null ? refs(timeline) : "").append('\n');
        }
    }

    private void table(Table table, String derivedId) {
        directive(MarkdownDirective.BLOCK, table, derivedId, false);
        List<String> header = new ArrayList<>();
        for (int c = 0; c < table.header().size(); c++) {
            header.add(Escapes.inline(table.header().get(c)) + (c == 0 && table.caption() == null ? refs(table) : ""));
        }
        out.append("| ").append(String.join(" | ", header)).append(" |\n|")
                .append(" --- |".repeat(table.header().size())).append('\n');
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < table.header().size(); c++) {
                cells.add(Escapes.inline(table.cell(r, c)));
            }
            out.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }
        if (table.caption() != null) {
            out.append("\nTable: ").append(Escapes.inline(table.caption())).append(refs(table)).append('\n');
        }
    }

    private void code(CodeBlock code, String derivedId) {
        String cites = code.cites().isEmpty() ? null : "cites=" + String.join(",", code.cites());
        directive(MarkdownDirective.BLOCK, code, derivedId, false, cites == null ? new String[0]
                : new String[] {cites});
        String fence = "```";
        while (code.text().contains(fence)) {
            fence += "`";
        }
        out.append(fence).append(code.language() == null ? "" : code.language()).append('\n')
                .append(code.text()).append('\n').append(fence).append('\n');
    }

    private void sources(List<SourceParagraph> sources) {
        if (!sources.isEmpty()) {
            out.append('\n');
        }
        for (SourceParagraph source : sources) {
            out.append("[^").append(source.id()).append("]: ").append(Escapes.inline(source.text())).append('\n');
        }
    }

    private static String refs(Block block) {
        return block.cites().stream().map(id -> "[^" + id + "]").collect(Collectors.joining());
    }

    private static String figureValue(KeyFigure figure) {
        String value = amount(figure, figure.value());
        String before = figure.hasBefore() ? amount(figure, figure.before()) + MarkdownFigures.ARROW : "";
        return (figure.approximate() ? MarkdownFigures.APPROXIMATELY : "") + before + value;
    }

    private static String amount(KeyFigure figure, double value) {
        String unit = figure.unit() == null || figure.unit().isEmpty() ? ""
                : (figure.unit().equals("%") ? "" : " ") + figure.unit();
        return (figure.prefix() == null ? "" : figure.prefix()) + number(value) + unit;
    }

    /** Every digit of the number, with thousands separators. */
    static String number(double value) {
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMaximumFractionDigits(Math.max(0, exact.scale()));
        return format.format(exact);
    }
}
