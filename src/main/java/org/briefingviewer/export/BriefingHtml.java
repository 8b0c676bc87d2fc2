package org.briefingviewer.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.Heading;
import org.briefingviewer.model.Metadata;
import org.briefingviewer.model.Panel;
import org.briefingviewer.model.SourceParagraph;
import org.briefingviewer.slides.SlideLayout;
import org.briefingviewer.slides.SlidePage;
import org.briefingviewer.slides.SlideStage;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Turns a briefing into the XHTML document that the PDF renderer lays out. */
final class BriefingHtml {

    private static final String STYLESHEET = "briefing-pdf.css";

    private final Briefing briefing;
    private final ExportOptions options;
    private final List<Panel> panels;
    private final Xhtml html = new Xhtml();
    private final BlockHtml blocks;
    /** The presented pages, for every layout but the document. */
    private final List<SlidePage> slidePages;

    private BriefingHtml(Briefing briefing, ExportOptions options) {
        this.briefing = briefing;
        this.options = options;
        this.panels = options.panelsOf(briefing);
        this.blocks = new BlockHtml(briefing, html, options.sourceExcerpts(), false);
        this.slidePages = options.layout() == Layout.DOCUMENT ? List.of()
                : new SlideLayout(briefing).pagesOf(panels);
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
        html.text(style, stylesheet() + pageRule() + SlideHtml.scaleRules(slidePages));
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
                        .forEach(heading -> bookmark(panelMark, heading.text(), BlockHtml.blockAnchor(heading)));
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

    /** Slides are pages the size of the stage; everything else is printed on the chosen paper. */
    private String pageRule() {
        if (options.layout() == Layout.SLIDES) {
            return "\n@page { size: " + Xhtml.format(SlideStage.WIDTH) + "px " + Xhtml.format(SlideStage.HEIGHT)
                    + "px; margin: 0; }\n";
        }
        PageSize size = options.pageSize();
        return "\n@page { size: " + Xhtml.format(size.widthMm()) + "mm " + Xhtml.format(size.heightMm())
                + "mm; margin: 22mm 18mm 20mm 18mm; }\n";
    }

    private void body(Element body) {
        Metadata metadata = briefing.metadata();
        if (options.layout() != Layout.SLIDES) {
            html.addText(body, "div", metadata.title(), "running-title");
            html.addText(body, "div", metadata.handling(), "running-marking-top");
            html.addText(body, "div", metadata.handling(), "running-marking-bottom");
        }
        if (options.layout() == Layout.DOCUMENT) {
            panels.forEach(panel -> panel(body, panel));
        } else {
            new SlideHtml(briefing, options, html).write(body, slidePages);
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
        blocks.blocks(html.add(section, "div", "panel-content"), panel.blocks());
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

    private void sources(Element body) {
        Element section = html.add(body, "section", "sources");
        section.setAttribute("id", "sources");
        if (options.layout() == Layout.SLIDES) {
            html.addText(html.add(section, "div", "slide-marking"), "span", briefing.metadata().handling(), "marking");
        }
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
