package org.briefingviewer.export;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.briefingviewer.model.Block;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.BulletList;
import org.briefingviewer.model.ImageBlock;
import org.briefingviewer.model.ImageData;
import org.briefingviewer.model.Panel;
import org.briefingviewer.slides.SlidePage;
import org.briefingviewer.slides.SlideStage;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Writes the slide layout's pages as XHTML: each page as a 16:9 slide, in the sizes of the stage, for the slides
 * PDF (full size, optionally once per build step), the notes pages (above the notes) and the handout (small, beside
 * ruled lines). Every size in the slide's stylesheet is relative to its text size, so one slide drawn smaller is the
 * same slide.
 */
final class SlideHtml {

    /** Ruled lines beside each slide on a handout page, by slides per page. */
    private static final int RULES_2 = 8;
    private static final int RULES_3 = 6;
    private static final int RULES_6 = 4;

    private final Briefing briefing;
    private final ExportOptions options;
    private final Xhtml html;
    private final BlockHtml blocks;

    SlideHtml(Briefing briefing, ExportOptions options, Xhtml html) {
        this.briefing = briefing;
        this.options = options;
        this.html = html;
        this.blocks = new BlockHtml(briefing, html, false, true);
    }

    void write(Element body, List<SlidePage> pages) {
        switch (options.layout()) {
            case SLIDES -> pages.forEach(page -> presented(body, page));
            case NOTES -> pages.forEach(page -> notesPage(body, page));
            case HANDOUT -> handout(body, pages);
            case DOCUMENT -> throw new IllegalArgumentException("A document is not laid out as slides");
        }
    }

    /** The CSS rules that shrink each page that does not fit the stage at full size, as the room's view does. */
    static String scaleRules(List<SlidePage> pages) {
        return pages.stream().map(SlideHtml::scalePercent).filter(percent -> percent < 100)
                .collect(Collectors.toCollection(TreeSet::new)).stream()
                .map(percent -> ".scale-" + percent + " { font-size: " + percent / 100.0 + "em; }")
                .collect(Collectors.joining("\n", "\n", "\n"));
    }

    private void presented(Element body, SlidePage page) {
        if (!options.steps()) {
            slide(body, page, page.buildSteps());
            return;
        }
        for (int revealed = 0; revealed <= page.buildSteps(); revealed++) {
            Element slide = slide(body, page, revealed);
            if (revealed > 0) {
                slide.removeAttribute("id");
            }
        }
    }

    private void notesPage(Element body, SlidePage page) {
        Element sheet = html.add(body, "section", "notes-page");
        slide(html.add(sheet, "div", "slide-picture"), page, page.buildSteps());
        Panel panel = page.panel();
        Element notes = html.add(sheet, "div", "notes");
        html.addText(notes, "h2", "Speaker notes");
        if (panel.speakerNotes().isEmpty()) {
            html.addText(notes, "p", "No speaker notes for " + panel.title() + ".", "no-notes");
        } else {
            Element list = html.add(notes, "ul");
            panel.speakerNotes().forEach(note -> html.addText(list, "li", note));
        }
        String myNote = options.personalNotes().get(panel.id());
        if (myNote != null) {
            Element box = html.add(sheet, "div", "personal-note");
            html.addText(box, "h2", "My notes");
            html.addText(box, "p", myNote);
        }
    }

    private void handout(Element body, List<SlidePage> pages) {
        int perPage = options.slidesPerPage();
        for (int first = 0; first < pages.size(); first += perPage) {
            Element sheet = html.add(body, "section", "handout-page", "handout-" + perPage);
            for (SlidePage page : pages.subList(first, Math.min(pages.size(), first + perPage))) {
                Element row = html.add(sheet, "div", "handout-row");
                slide(html.add(row, "div", "handout-slide"), page, page.buildSteps());
                Element lines = html.add(row, "div", "handout-lines");
                for (int rule = 0; rule < rules(perPage); rule++) {
                    html.add(lines, "div", "rule");
                }
            }
        }
    }

    private static int rules(int perPage) {
        return switch (perPage) {
            case 2 -> RULES_2;
            case 6 -> RULES_6;
            default -> RULES_3;
        };
    }

    /** One 16:9 slide with {@code revealed} items of its step-by-step lists shown. */
    private Element slide(Element parent, SlidePage page, int revealed) {
        Element slide = html.add(parent, "div", "slide");
        if (page.page() == 0) {
            slide.setAttribute("id", "panel-" + page.panel().id());
        }
        Element top = html.add(slide, "div", "slide-marking");
        if (!page.cited().isEmpty()) {
            html.addText(top, "span", "Sources: " + String.join(", ", page.cited()), "slide-sources");
        }
        html.addText(top, "span", briefing.metadata().handling(), "marking");
        html.addText(slide, "h1", page.title(), "slide-title");
        Element content = html.add(slide, "div", "slide-content", "scale-" + scalePercent(page));
        if (page.summary() != null) {
            html.addText(content, "p", page.summary(), "summary");
        }
        List<Element> elements = blocks.blocks(content, page.blocks());
        sizePictures(page.blocks(), elements);
        reveal(page.blocks(), elements, revealed);
        return slide;
    }

    /** Hides the list items still to come, and whatever follows a list still revealing, keeping their places. */
    private static void reveal(List<Block> pageBlocks, List<Element> elements, int revealed) {
        int left = revealed;
        boolean stillToCome = false;
        for (int index = 0; index < pageBlocks.size(); index++) {
            Element element = elements.get(index);
            if (stillToCome) {
                addClass(element, "concealed");
            } else if (pageBlocks.get(index) instanceof BulletList list && list.steps()) {
                List<Element> items = topLevelItems(element);
                for (int item = left; item < items.size(); item++) {
                    addClass(items.get(item), "concealed");
                }
                stillToCome = left < list.items().size();
                left = Math.max(0, left - list.items().size());
            }
        }
    }

    private static List<Element> topLevelItems(Element listBox) {
        NodeList lists = listBox.getElementsByTagNameNS(Xhtml.XHTML_NS, "ul");
        if (lists.getLength() == 0) {
            return List.of();
        }
        Node list = lists.item(0);
        List<Element> items = new ArrayList<>();
        for (Node child = list.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element item) {
                items.add(item);
            }
        }
        return items;
    }

    /** A picture is as wide on the slide as on the stage, in the slide's own units, so it shrinks with it. */
    private void sizePictures(List<Block> pageBlocks, List<Element> elements) {
        for (int index = 0; index < pageBlocks.size(); index++) {
            if (pageBlocks.get(index) instanceof ImageBlock image && briefing.images().get(image.src()) != null) {
                ImageData data = briefing.images().get(image.src());
                double width = Math.min(data.width(), SlideStage.CONTENT_WIDTH) / SlideStage.FONT_SIZE;
                NodeList pictures = elements.get(index).getElementsByTagNameNS(Xhtml.XHTML_NS, "img");
                if (pictures.getLength() > 0) {
                    ((Element) pictures.item(0)).setAttribute("style", "width: " + Xhtml.format(width) + "em");
                }
            }
        }
    }

    private static void addClass(Element element, String name) {
        String classes = element.getAttribute("class");
        element.setAttribute("class", classes.isEmpty() ? name : classes + " " + name);
    }

    /** The page's scale in whole percent, rounded down so that the page still fits. */
    private static int scalePercent(SlidePage page) {
        return (int) Math.floor(page.scale() * 100 + 1e-9);
    }
}
