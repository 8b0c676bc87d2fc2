package org.briefingviewer.presenter;

import java.util.List;
import javafx.scene.Group;
import javafx.scene.Scene;
import org.briefingviewer.appearance.Appearance;
import org.briefingviewer.model.Heading;
import org.briefingviewer.model.Panel;
import org.briefingviewer.reader.ReaderViewModel;

/**
 * Splits panels into pages by laying each out whole on a stage that is never shown, styled like the audience
 * view, and measuring where its blocks fall.
 */
final class SlidePages implements PanelPages {

    private final ReaderViewModel reader;
    private final Group measuring = new Group();

    SlidePages(ReaderViewModel reader) {
        this.reader = reader;
        Appearance.style(new Scene(measuring));
    }

    @Override
    public List<Integer> pageStarts(Panel panel) {
        Slide slide = new Slide(reader.getBriefing(), panel, Step.whole(panel), Slide.Viewer.ROOM);
        measuring.getChildren().setAll(slide);
        measuring.applyCss();
        measuring.layout();
        List<Integer> starts = PageBreaks.of(slide.page().blockSpans(),
                block -> panel.blocks().get(block) instanceof Heading, slide.room());
        measuring.getChildren().clear();
        return starts;
    }
}
