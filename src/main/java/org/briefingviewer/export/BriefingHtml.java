package org.briefingviewer.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefingviewer.model.BarChart;
import org.briefingviewer.model.Block;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.BulletList;
import org.briefingviewer.model.Callout;
import org.briefingviewer.model.CodeBlock;
import org.briefingviewer.model.Heading;
import org.briefingviewer.model.ImageBlock;
import org.briefingviewer.model.ImageData;
import org.briefingviewer.model.KeyFigure;
import org.briefingviewer.model.LinkBlock;
import org.briefingviewer.model.Metadata;
import org.briefingviewer.model.Panel;
import org.briefingviewer.model.Paragraph;
import org.briefingviewer.model.Quote;
import org.briefingviewer.model.SourceParagraph;
import org.briefingviewer.model.Table;
import org.briefingviewer.model.Timeline;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Turns a briefing into the XHTML document that the PDF renderer lays out. */
final class BriefingHtml {

    private static final String STYLESHEET = "briefing-pdf.css";
    private static final double SLIDE_ASPECT = 16.0 / 9.0;

    private final Briefing briefing;
    private final ExportOptions options;
    private final List<Panel> panels;
    private final Xhtml html = new Xhtml();
    private final FigureHtml figures;
    /** The level of the last heading in the panel being written; the panel's title is level 1. */
    private int headingLevel;

    private BriefingHtml(Briefing briefing, ExportOptions options) {
        this.briefing = briefing;
        this.options = options;
        this.panels = options.panelsOf(briefing);
        this.figures = new FigureHtml(html);
    }

    static Document build(Briefing briefing, ExportOptions options) {
        return new BriefingHtml(briefing, options).document();
    }

    private Document document() {
        Element root = html.root("html");
        root.setAttribute("lang", briefing.metadata().language());
        head(html.add(root, "head"));
        body(html.add(root, "body", "layout-" + options.layout().name().toLowerCase(Locale.ROOT)));
        return html.document();
    }

    private void head(Element head) {
        Metadata metadata = briefing.metadata();
        html.addText(head, "title", metadata.title());
        meta(head, "subject", metadata.subtitle() != null ? metadata.subtitle() : metadata.title());
        meta(head, "keywords", panels.stream().map(Panel::title).collect(Collectors.joining(", ")));
        if (metadata.author() != null) {
            meta(head, "author", metadata.author());
        }
        bookmarks(html.add(head, "bookmarks"));
        Element style = html.add(head, "style");
        html.text(style, stylesheet() + pageRule());
    }

    private void meta(Element head, String name, String content) {
        Element meta = html.add(head, "meta");
        meta.setAttribute("name", name);
        meta.setAttribute("content", content);
    }

    private void bookmarks(Element bookmarks) {
        for (Panel panel : panels) {
            Element panelMark = bookmark(bookmarks, panel.title(), panelAnchor(panel));
            if (options.layout() == Layout.DOCUMENT) {
                panel.blocks().stream().filter(Heading.class::isInstance).map(Heading.class::cast)
                        .forEach(heading -> bookmark(panelMark, heading.text(), blockAnchor(heading)));
            }
        }
        if (options.sourceExcerpts()) {
            bookmark(bookmarks, "Sources", "sources");
        }
    }

    private Element bookmark(Element parent, String name, String anchor) {
        Element bookmark = html.add(parent, "bookmark");
        bookmark.setAttribute("name", name);
        bookmark.setAttribute("href", "#" + anchor);
        return bookmark;
    }

    private String pageRule() {
        PageSize size = options.pageSize();
        double width = size.widthMm();
        double height = size.heightMm();
        String margins = "22mm 18mm 20mm 18mm";
        if (options.layout() == Layout.SLIDES) {
            width = size.heightMm();
            height = width / SLIDE_ASPECT;
            margins = "15mm 14mm 13mm 14mm";
        }
        return "\n@page { size: " + Xhtml.format(width) + "mm " + Xhtml.format(height) + "mm; margin: " + margins
                + "; }\n";
    }

    private void body(Element body) {
        Metadata metadata = briefing.metadata();
        html.addText(body, "div", metadata.title(), "running-title");
        html.addText(body, "div", metadata.handling(), "running-marking-top");
        html.addText(body, "div", metadata.handling(), "running-marking-bottom");
        for (Panel panel : panels) {
            panel(body, panel);
        }
        if (options.sourceExcerpts()) {
            sources(body);
        }
    }

    private void panel(Element body, Panel panel) {
        Element section = html.add(body, "section", "panel");
        section.setAttribute("id", panelAnchor(panel));
        html.addText(section, "h1", panel.title());
        if (panel.summary() != null) {
            html.addText(section, "p", panel.summary(), "summary");
        }
        if (options.layout() != Layout.DOCUMENT && panel.blocks().stream().anyMatch(BriefingHtml::isVisual)) {
            Element columns = html.add(section, "div", "slide-columns");
            blocks(html.add(columns, "div", "slide-text"), panel.blocks().stream().filter(b -> !isVisual(b)).toList());
            blocks(html.add(columns, "div", "slide-visuals"), panel.blocks().stream().filter(BriefingHtml::isVisual).toList());
        } else {
            blocks(html.add(section, "div", "panel-content"), panel.blocks());
        }
        String myNote = options.personalNotes().get(panel.id());
        if (myNote != null) {
            Element box = html.add(section, "div", "personal-note");
            html.addText(box, "h2", "My notes");
            html.addText(box, "p", myNote);
        }
        if (options.includesSpeakerNotes() && !panel.speakerNotes().isEmpty()) {
            Element notes = html.add(section, "div", "speaker-notes");
            html.addText(notes, "h2", "Speaker notes: " + panel.title());
            Element list = html.add(notes, "ul");
            panel.speakerNotes().forEach(note -> html.addText(list, "li", note));
        }
    }

    /** On slides and handouts, figures, charts and timelines stand in a column beside the text. */
    private static boolean isVisual(Block block) {
        return block instanceof KeyFigure || block instanceof BarChart || block instanceof Timeline;
    }

    private void blocks(Element content, List<Block> blocks) {
        headingLevel = 1;
        Element figureRow = null;
        for (Block block : blocks) {
            if (block instanceof KeyFigure figure) {
                if (figureRow == null) {
                    figureRow = html.add(content, "div", "figure-row");
                }
                keyFigure(figureRow, figure);
            } else {
                figureRow = null;
                block(content, block);
            }
        }
    }

    private void block(Element parent, Block block) {
        if (block instanceof Heading heading) {
            headingLevel = Math.min(heading.level(), headingLevel + 1);
            Element element = html.addText(parent, "h" + headingLevel, heading.text());
            element.setAttribute("id", blockAnchor(heading));
            citations(element, block);
        } else if (block instanceof Paragraph paragraph) {
            citations(html.addText(parent, "p", paragraph.text()), block);
        } else if (block instanceof BulletList list) {
            bulletList(parent, list);
        } else if (block instanceof BarChart chart) {
            Element figure = html.add(parent, "div", "chart");
            html.addText(figure, "p", chart.title() + " (" + chart.unit() + ")", "block-title");
            figures.barChart(figure, chart);
            citations(html.add(figure, "p", "citation-line"), block);
        } else if (block instanceof Quote quote) {
            Element blockquote = html.add(parent, "blockquote");
            html.addText(blockquote, "p", "“" + quote.text() + "”", "quote-text");
            citations(html.addText(blockquote, "p", "— " + quote.speaker(), "quote-speaker"), block);
        } else if (block instanceof Callout callout) {
            callout(parent, callout);
        } else if (block instanceof Timeline timeline) {
            timeline(parent, timeline);
        } else if (block instanceof ImageBlock image) {
            image(parent, image);
        } else if (block instanceof LinkBlock link) {
            link(parent, link);
        } else if (block instanceof Table table) {
            table(parent, table);
        } else if (block instanceof CodeBlock code) {
            Element wrapper = html.add(parent, "div", "code");
            html.addText(wrapper, "pre", code.text());
            citations(html.add(wrapper, "p", "citation-line"), block);
        } else {
            throw new IllegalArgumentException("No PDF form for blocks of kind " + block.getClass().getSimpleName());
        }
    }

    private void table(Element parent, Table table) {
        Element wrapper = html.add(parent, "div", "table");
        Element element = html.add(wrapper, "table");
        if (table.caption() != null) {
            html.addText(element, "caption", table.caption());
        }
        Element head = html.add(html.add(element, "thead"), "tr");
        table.header().forEach(cell -> html.addText(head, "th", cell).setAttribute("scope", "col"));
        Element body = html.add(element, "tbody");
        for (int row = 0; row < table.rows().size(); row++) {
            Element tr = html.add(body, "tr");
            for (int column = 0; column < table.header().size(); column++) {
                html.addText(tr, "td", table.cell(row, column));
            }
        }
        citations(html.add(wrapper, "p", "citation-line"), table);
    }

    private void image(Element parent, ImageBlock block) {
        ImageData data = briefing.images().get(block.src());
        Element figure = html.add(parent, "div", "picture");
        if (data != null) {
            Element img = html.add(figure, "img");
            PdfPictures.Embedded embedded = PdfPictures.forPage(data);
            img.setAttribute("src", "data:" + embedded.mediaType() + ";base64,"
                    + Base64.getEncoder().encodeToString(embedded.bytes()));
            img.setAttribute("alt", block.alt());
        }
        Element caption = html.add(figure, "p", "caption");
        if (block.caption() != null) {
            html.text(caption, block.caption());
        }
        citations(caption, block);
    }

    private void link(Element parent, LinkBlock block) {
        Element paragraph = html.add(parent, "p", "link");
        if (block.isOpenable()) {
            Element anchor = html.addText(paragraph, "a", block.text());
            anchor.setAttribute("href", block.href());
            anchor.setAttribute("title", block.text() + ": " + block.href());
            html.text(paragraph, " (" + block.href() + ")");
        } else {
            html.text(paragraph, block.text() + " (" + block.href() + ")");
        }
        citations(paragraph, block);
    }

    private void bulletList(Element parent, BulletList list) {
        Element wrapper = html.add(parent, "div", "list");
        if (list.title() != null) {
            html.addText(wrapper, "p", list.title(), "block-title");
        }
        Element items = html.add(wrapper, "ul");
        for (BulletList.Item item : list.items()) {
            Element entry = html.addText(items, "li", item.text());
            if (!item.items().isEmpty()) {
                Element points = html.add(entry, "ul");
                item.items().forEach(point -> html.addText(points, "li", point));
            }
        }
        citations(html.add(wrapper, "p", "citation-line"), list);
    }

    private void keyFigure(Element row, KeyFigure figure) {
        Element card = html.add(row, "div", "figure-card");
        figures.keyFigure(card, figure);
        html.addText(card, "p", figure.label(), "figure-label");
        citations(html.add(card, "p", "citation-line"), figure);
    }

    private void callout(Element parent, Callout callout) {
        String tone = callout.tone().name().toLowerCase(Locale.ROOT);
        Element box = html.add(parent, "div", "callout", "callout-" + tone);
        Element title = html.add(box, "p", "callout-title");
        html.addText(title, "span", toneLabel(callout.tone()) + ": ", "callout-tone");
        html.text(title, callout.title());
        citations(html.addText(box, "p", callout.text()), callout);
    }

    private static String toneLabel(Callout.Tone tone) {
        return switch (tone) {
            case NOTE -> "Note";
            case CONCERN -> "Concern";
            case RISK -> "Risk";
        };
    }

    private void timeline(Element parent, Timeline timeline) {
        Element wrapper = html.add(parent, "div", "timeline");
        if (timeline.title() != null) {
            html.addText(wrapper, "p", timeline.title(), "block-title");
        }
        Element table = html.add(wrapper, "table");
        Element head = html.add(html.add(table, "thead"), "tr");
        html.addText(head, "th", "When").setAttribute("scope", "col");
        html.addText(head, "th", "What happens").setAttribute("scope", "col");
        Element rows = html.add(table, "tbody");
        for (Timeline.Event event : timeline.events()) {
            Element row = html.add(rows, "tr");
            html.addText(row, "th", event.when()).setAttribute("scope", "row");
            html.addText(row, "td", event.text());
        }
        citations(html.add(wrapper, "p", "citation-line"), timeline);
    }

    /** Appends the block's citation marks, as links into the sources appendix when it is included. */
    private void citations(Element element, Block block) {
        if (block.cites().isEmpty()) {
            return;
        }
        Element marks = html.add(element, "span", "citations");
        html.text(marks, element.getFirstChild() == marks ? "Source: " : " ");
        for (String sourceId : block.citesInSourceOrder()) {
            if (options.sourceExcerpts()) {
                Element link = html.addText(marks, "a", "[" + sourceId + "]", "citation");
                link.setAttribute("href", "#source-" + sourceId);
                link.setAttribute("title", "Source paragraph " + sourceId.substring(1));
            } else {
                html.addText(marks, "span", "[" + sourceId + "]", "citation");
            }
        }
    }

    private void sources(Element body) {
        Element section = html.add(body, "section", "sources");
        section.setAttribute("id", "sources");
        html.addText(section, "h1", "Sources");
        html.addText(section, "p", "The source paragraphs cited in this document, as the briefing carries them.",
                "summary");
        for (SourceParagraph source : citedSources()) {
            Element paragraph = html.add(section, "p", "source");
            paragraph.setAttribute("id", "source-" + source.id());
            html.addText(paragraph, "span", "[" + source.id() + "] ", "source-label");
            html.text(paragraph, source.text());
        }
    }

    private List<SourceParagraph> citedSources() {
        Set<String> cited = new LinkedHashSet<>();
        panels.forEach(panel -> panel.blocks().forEach(block -> cited.addAll(block.cites())));
        return briefing.sources().stream().filter(source -> cited.contains(source.id())).toList();
    }

    private static String panelAnchor(Panel panel) {
        return "panel-" + panel.id();
    }

    private static String blockAnchor(Block block) {
        return "block-" + block.id();
    }

    private static String stylesheet() {
        try (InputStream in = BriefingHtml.class.getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException("The PDF stylesheet is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
