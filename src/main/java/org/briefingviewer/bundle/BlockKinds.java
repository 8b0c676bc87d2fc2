package org.briefingviewer.bundle;

import java.util.Map;
import org.briefingviewer.model.BarChart;
import org.briefingviewer.model.Block;
import org.briefingviewer.model.BulletList;
import org.briefingviewer.model.Callout;
import org.briefingviewer.model.Heading;
import org.briefingviewer.model.ImageBlock;
import org.briefingviewer.model.KeyFigure;
import org.briefingviewer.model.LinkBlock;
import org.briefingviewer.model.Paragraph;
import org.briefingviewer.model.Quote;
import org.briefingviewer.model.Timeline;

/** The {@code kind} a bundle names each block by, for reading and for writing alike. */
final class BlockKinds {

    static final String PROPERTY = "kind";

    static final Map<String, Class<? extends Block>> BY_NAME = Map.of(
            "heading", Heading.class,
            "paragraph", Paragraph.class,
            "bulletList", BulletList.class,
            "keyFigure", KeyFigure.class,
            "barChart", BarChart.class,
            "quote", Quote.class,
            "callout", Callout.class,
            "timeline", Timeline.class,
            "image", ImageBlock.class,
            "link", LinkBlock.class);

    private BlockKinds() {
    }
}
