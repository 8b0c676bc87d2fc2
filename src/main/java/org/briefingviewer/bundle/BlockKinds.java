package org.briefingviewer.bundle;

import java.util.Map;
import org.briefingviewer.model.BarChart;
import org.briefingviewer.model.Block;
import org.briefingviewer.model.BulletList;
import org.briefingviewer.model.Callout;
import org.briefingviewer.model.CodeBlock;
import org.briefingviewer.model.Heading;
import org.briefingviewer.model.ImageBlock;
import org.briefingviewer.model.KeyFigure;
import org.briefingviewer.model.LinkBlock;
import org.briefingviewer.model.Paragraph;
import org.briefingviewer.model.Quote;
import org.briefingviewer.model.Table;
import org.briefingviewer.model.Timeline;

/** The {@code kind} a bundle names each block by, for reading and for writing alike. */
final class BlockKinds {

    static final String PROPERTY = "kind";

    static final Map<String, Class<? extends Block>> BY_NAME = Map.ofEntries(
            Map.entry("heading", Heading.class),
            Map.entry("paragraph", Paragraph.class),
            Map.entry("bulletList", BulletList.class),
            Map.entry("keyFigure", KeyFigure.class),
            Map.entry("barChart", BarChart.class),
            Map.entry("quote", Quote.class),
            Map.entry("callout", Callout.class),
            Map.entry("timeline", Timeline.class),
            Map.entry("image", ImageBlock.class),
            Map.entry("link", LinkBlock.class),
            Map.entry("table", Table.class),
            Map.entry("code", CodeBlock.class));

    private BlockKinds() {
    }
}
