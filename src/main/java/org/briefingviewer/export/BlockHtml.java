package org.briefingviewer.export;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.briefingviewer.model.BarChart;
import org.briefingviewer.model.Block;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.BulletList;
import org.briefingviewer.model.Callout;
import org.briefingviewer.model.CodeBlock;
import org.briefingviewer.model.Heading;
import org.briefingviewer.model.ImageBlock;
import org.briefingviewer.model.ImageData;
import org.briefingviewer.model.FigureRows;
import org.briefingviewer.model.KeyFigure;
import org.briefingviewer.model.LinkBlock;
import org.briefingviewer.model.Paragraph;
import org.briefingviewer.model.Quote;
import org.briefingviewer.model.Table;
import org.briefingviewer.model.Timeline;
import org.w3c.dom.Element;

/**
 * Writes each kind of block as XHTML for the PDF: in a document with its citation marks, or on a slide as the room
 * sees it, without them (a slide names its sources once, beside its handling marking).
 */
final class BlockHtml {

    private final Briefing briefing;
    private final Xhtml html;
    /** How many key figure cards the stylesheet's widths fit across a page of the document and across a slide. */
    private static final int CARDS_PER_ROW = 3;

    private final FigureHtml figures;
    private final boolean linkMarks;
    private final boolean onSlide;
    /** The level of the last heading in the panel being written; the panel's title is level 1. */
    private int headingLevel;

    /**
     * @param linkMarks link each citation mark to its paragraph in the sources appendix
     * @param onSlide   write blocks as a slide shows them
     */
    BlockHtml(Briefing briefing, Xhtml html, boolean linkMarks, boolean onSlide) {
        this.briefing = briefing;
        this.html = html;
        this.figures = new FigureHtml(html);
        this.linkMarks = linkMarks;
        this.onSlide = onSlide;
    }

    static String blockAnchor(Block block) {
        return "block-" + block.id();
    }

    /** Appends {@code blocks} to {@code content}, figure cards side by side in rows; returns each block's element. */
    List<Element> blocks(Element content, List<Block> blocks) {
        headingLevel = 1;
        List<Element> elements = new ArrayList<>();
        int index = 0;
        while (index < blocks.size()) {
            if (blocks.get(index) instanceof KeyFigure) {
                int end = index;
                while (end < blocks.size() && blocks.get(end) instanceof KeyFigure) {
                    end++;
                }
                figureRows(content, blocks.subList(index, end), elements);
                index = end;
            } else {
                elements.add(block(content, blocks.get(index++)));
            }
        }
        return elements;
    }

    /** A run of key figures in rows split as {@link FigureRows} says, three cards fitting across a page or slide. */
    private void figureRows(Element content, List<Block> cards, List<Element> elements) {
        int start = 0;
        for (int size : FigureRows.sizes(cards.size(), CARDS_PER_ROW)) {
            Element row = html.add(content, "div", "figure-row");
            for (Block card : cards.subList(start, start + size)) {
                elements.add(keyFigure(row, (KeyFigure) card));
            }
            start += size;
        }
    }

    private Element block(Element parent, Block block) {
        if (block instanceof Heading heading) {
            headingLevel = Math.min(heading.level(), headingLevel + 1);
            Element element = html.addText(parent, "h" + headingLevel, heading.text());
            if (!onSlide) {
                element.setAttribute("id", blockAnchor(heading));
            }
            citations(element, block);
            return element;
        } else if (block instanceof Paragraph paragraph) {
            Element element = html.addText(parent, "p", paragraph.text(), "paragraph");
            citations(element, block);
            return element;
        } else if (block instanceof BulletList list) {
            return bulletList(parent, list);
        } else if (block instanceof BarChart chart) {
            Element figure = html.add(parent, "div", "chart");
            html.addText(figure, "p", chart.title() + " (" + chart.unit() + ")", "block-title");
            figures.barChart(figure, chart);
            citations(html.add(figure, "p", "citation-line"), block);
            return figure;
        } else if (block instanceof Quote quote) {
            Element blockquote = html.add(parent, "blockquote");
            html.addText(blockquote, "p", "“" + quote.text() + "”", "quote-text");
            citations(html.addText(blockquote, "p", "— " + quote.speaker(), "quote-speaker"), block);
            return blockquote;
        } else if (block instanceof Callout callout) {
            return callout(parent, callout);
        } else if (block instanceof Timeline timeline) {
            return timeline(parent, timeline);
        } else if (block instanceof ImageBlock image) {
            return image(parent, image);
        } else if (block instanceof LinkBlock link) {
            return link(parent, link);
        } else if (block instanceof Table table) {
            return table(parent, table);
        } else if (block instanceof CodeBlock code) {
            Element wrapper = html.add(parent, "div", "code");
            html.addText(wrapper, "pre", code.text());
            citations(html.add(wrapper, "p", "citation-line"), block);
            return wrapper;
        }
        throw new IllegalArgumentException("No PDF form for blocks of kind " + block.getClass().getSimpleName());
    }

    private Element table(Element parent, Table table) {
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
        return wrapper;
    }

    private Element image(Element parent, ImageBlock block) {
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
        return figure;
    }

    private Element link(Element parent, LinkBlock block) {
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
        return paragraph;
    }

    private Element bulletList(Element parent, BulletList list) {
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
        return wrapper;
    }

    private Element keyFigure(Element row, KeyFigure figure) {
        Element card = html.add(row, "div", "figure-card");
        figures.keyFigure(card, figure);
        html.addText(card, "p", figure.label(), "figure-label");
        citations(html.add(card, "p", "citation-line"), figure);
        return card;
    }

    private Element callout(Element parent, Callout callout) {
        String tone = callout.tone().name().toLowerCase(Locale.ROOT);
        Element box = html.add(parent, "div", "callout", "callout-" + tone);
        Element title = html.add(box, "p", "callout-title");
        html.addText(title, "span", toneLabel(callout.tone()) + ": ", "callout-tone");
        html.text(title, callout.title());
        citations(html.addText(box, "p", callout.text()), callout);
        return box;
    }

    private static String toneLabel(Callout.Tone tone) {
        return switch (tone) {
            case NOTE -> "Note";
            case CONCERN -> "Concern";
            case RISK -> "Risk";
        };
    }

    private Element timeline(Element parent, Timeline timeline) {
        Element wrapper = html.add(parent, "div", "timeline");
        if (timeline.title() != null) {
            html.addText(wrapper, "p", timeline.title(), "block-title");
        }
        Element table = html.add(wrapper, "table");
        if (!onSlide) {
            Element head = html.add(html.add(table, "thead"), "tr");
            html.addText(head, "th", "When").setAttribute("scope", "col");
            html.addText(head, "th", "What happens").setAttribute("scope", "col");
        }
        Element rows = html.add(table, "tbody");
        for (Timeline.Event event : timeline.events()) {
            Element row = html.add(rows, "tr");
            html.addText(row, "th", event.when()).setAttribute("scope", "row");
            html.addText(row, "td", event.text());
        }
        citations(html.add(wrapper, "p", "citation-line"), timeline);
        return wrapper;
    }

    /** Appends the block's citation marks, as links into the sources appendix when it is included; none on slides. */
    private void citations(Element element, Block block) {
        if (block.cites().isEmpty() || onSlide) {
            return;
        }
        Element marks = html.add(element, "span", "citations");
        html.text(marks, element.getFirstChild() == marks ? "Source: " : " ");
        for (String sourceId : block.citesInSourceOrder()) {
            if (linkMarks) {
                Element link = html.addText(marks, "a", "[" + sourceId + "]", "citation");
                link.setAttribute("href", "#source-" + sourceId);
                link.setAttribute("title", "Source paragraph " + sourceId.substring(1));
            } else {
                html.addText(marks, "span", "[" + sourceId + "]", "citation");
            }
        }
    }
}
