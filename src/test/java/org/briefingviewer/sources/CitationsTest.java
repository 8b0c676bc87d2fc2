package org.briefingviewer.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.SourceParagraph;
import org.junit.jupiter.api.Test;

class CitationsTest {

    private final Briefing summit = new BriefingLoader().loadEmbedded();

    @Test
    void eachParagraphListsTheBlocksThatCiteItInBriefingOrder() {
        Map<SourceParagraph, List<Citations.Citing>> citing = Citations.of(summit);

        assertThat(citing).hasSize(7);
        assertThat(citing.get(summit.source("p4").orElseThrow()))
                .extracting(c -> c.block().id()).containsExactly("alliance-aim", "alliance-strategy");
    }

    @Test
    void everyCitationAppearsUnderEveryParagraphItNames() {
        Map<SourceParagraph, List<Citations.Citing>> citing = Citations.of(summit);
        long citations = summit.panels().stream().flatMap(panel -> panel.blocks().stream())
                .mapToLong(block -> block.cites().size()).sum();

        assertThat(citing.values().stream().mapToLong(List::size).sum()).isEqualTo(citations);
    }
}
