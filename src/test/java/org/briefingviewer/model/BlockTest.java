package org.briefingviewer.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlockTest {

    @Test
    void citationsAreShownInTheOrderOfTheSourceTextByParagraphNumber() {
        Block block = new Paragraph("x", List.of("p10", "p2", "p7", "p1"), "Text");

        assertThat(block.citesInSourceOrder()).containsExactly("p1", "p2", "p7", "p10");
        assertThat(block.cites()).as("the briefing's own order is kept").containsExactly("p10", "p2", "p7", "p1");
    }
}
