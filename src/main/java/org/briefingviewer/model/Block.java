package org.briefingviewer.model;

import java.util.List;

/** A unit of panel content. Every block has an id unique in its briefing and cites the source paragraphs it draws on. */
public sealed interface Block permits Heading, Paragraph, BulletList, KeyFigure, BarChart, Quote, Callout, Timeline,
        ImageBlock, LinkBlock, Table, CodeBlock {

    String id();

    List<String> cites();

    /** The cited paragraphs in the order of the source text ("p1 p2 p7"), as every view and export shows them. */
    default List<String> citesInSourceOrder() {
        return cites().stream().sorted(SourceParagraph.IN_SOURCE_ORDER).toList();
    }
}
