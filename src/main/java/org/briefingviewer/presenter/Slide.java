package org.briefingviewer.presenter;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import org.briefingviewer.model.Block;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.BulletList;
import org.briefingviewer.model.Panel;
import org.briefingviewer.reader.PanelView;
import org.briefingviewer.slides.SlidePage;
import org.briefingviewer.slides.SlideStage;
import org.briefingviewer.slides.Step;
import org.briefingviewer.ui.Styles;

/**
 * One step of a panel on the 16:9 stage in large type, with the handling marking: what the room sees, and what
 * the console's previews and the overview's tiles show smaller. The title stands in the same place on every page
 * and says which page of the panel this is; below it, a page still too tall for the stage is shrunk to fit, so
 * nothing is ever cut off. Blocks after a list whose items are still to come stay hidden, in their places.
 */
final class Slide extends Region {

    static final double WIDTH = SlideStage.WIDTH;
    static final double HEIGHT = SlideStage.HEIGHT;

    /** Who looks at the slide: the room sees no citation marks, the presenter does. */
    enum Viewer { ROOM, PRESENTER }

    private final Label marking;
    private final Label title;
    private final PanelView page;
    private final Scale shrink = new Scale();

    Slide(Briefing briefing, Panel panel, Step step, Viewer viewer) {
        getStyleClass().add(Styles.AUDIENCE_SLIDE);
        setMinSize(WIDTH, HEIGHT);
        setPrefSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        setClip(new Rectangle(WIDTH, HEIGHT));
        marking = new Label(briefing.metadata().handling());
        marking.getStyleClass().add(Styles.HANDLING);
        title = PanelView.title(SlidePage.titleOf(panel, step.page(), step.pageCount()));
        page = PanelView.withoutTitle(briefing, pageOf(panel, step));
        page.getStyleClass().add(Styles.AUDIENCE_PANEL);
        page.getTransforms().add(shrink);
        if (viewer == Viewer.ROOM) {
            page.leaveOutCitations();
        }
        reveal(panel.blocks().subList(step.firstBlock(), step.endBlock()), step.revealed());
        getChildren().addAll(title, page, marking);
        setMouseTransparent(true);
        neverFocused(page);
    }

    /** A slide is only looked at: no citation mark on it takes the focus, or shows a focus ring to the room. */
    private static void neverFocused(Node node) {
        node.setFocusTraversable(false);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(Slide::neverFocused);
        }
    }

    private static Panel pageOf(Panel panel, Step step) {
        return new Panel(panel.id(), panel.title(), panel.icon(), step.page() == 0 ? panel.summary() : null,
                panel.blocks().subList(step.firstBlock(), step.endBlock()), panel.speakerNotes());
    }

    private void reveal(List<Block> blocks, int revealed) {
        int left = revealed;
        boolean stillToCome = false;
        for (Block block : blocks) {
            if (stillToCome) {
                page.conceal(block.id());
            } else if (block instanceof BulletList list && list.steps()) {
                page.revealItems(list.id(), left);
                stillToCome = left < list.items().size();
                left = Math.max(0, left - list.items().size());
            }
        }
    }

    PanelView page() {
        return page;
    }

    /** The height the stage leaves for the page below the marking and the title. */
    private double room() {
        return HEIGHT - getInsets().getTop() - getInsets().getBottom() - marking.prefHeight(-1) - titleHeight();
    }

    private double titleHeight() {
        return title.prefHeight(innerWidth()) + page.getSpacing();
    }

    private double innerWidth() {
        return WIDTH - getInsets().getLeft() - getInsets().getRight();
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        double markingWidth = marking.prefWidth(-1);
        double markingHeight = marking.prefHeight(-1);
        marking.resizeRelocate(WIDTH - insets.getRight() - markingWidth, insets.getTop(), markingWidth,
                markingHeight);
        double width = innerWidth();
        double top = insets.getTop() + markingHeight;
        title.resizeRelocate(insets.getLeft(), top, width, title.prefHeight(width));
        double height = page.prefHeight(width);
        double scale = Math.min(1, room() / height);
        page.resizeRelocate(insets.getLeft(), top + titleHeight(), width, height);
        shrink.setX(scale);
        shrink.setY(scale);
    }

    /** How much the page had to shrink to fit, once laid out. */
    double scale() {
        return shrink.getX();
    }
}
