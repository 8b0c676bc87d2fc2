package org.briefingviewer.presenter;

import javafx.scene.transform.Scale;
import org.briefingviewer.ui.OneChildShown;

/**
 * A slide scaled to fit whatever size this region is given, centred, its proportions kept; it may hold the slide
 * coming next out of sight.
 */
final class FittedSlide extends OneChildShown<Slide> {

    private final Scale scale = new Scale();

    FittedSlide(double prefWidth) {
        setPrefSize(prefWidth, prefWidth * Slide.HEIGHT / Slide.WIDTH);
        setMinSize(0, 0);
    }

    /** Shows {@code slide}; the slide shown before stays, hidden, until {@link #dropHidden()} or {@link #prepare}. */
    void show(Slide slide) {
        if (slide.getParent() != this) {
            slide.getTransforms().setAll(scale);
        }
        showChild(slide);
    }

    /** Keeps {@code coming} out of sight, styled and laid out at the stage's size, in place of one kept before. */
    void prepare(Slide coming) {
        dropHidden();
        coming.getTransforms().setAll(scale);
        holdHidden(coming);
        coming.applyCss();
        coming.resize(Slide.WIDTH, Slide.HEIGHT);
        coming.layout();
        place(coming);
    }

    /**
     * A slide held for later is drawn fully transparent, in the place of the one shown: no slide takes the focus or
     * the mouse, so it need not be made invisible, which would pass through each of its nodes.
     */
    @Override
    protected void conceal(Slide slide, boolean hidden) {
        slide.setOpacity(hidden ? 0 : 1);
    }

    void clear() {
        dropAll();
    }

    @Override
    protected void layoutChildren() {
        Slide slide = shownChild();
        if (slide == null) {
            return;
        }
        double factor = Math.min(getWidth() / Slide.WIDTH, getHeight() / Slide.HEIGHT);
        scale.setX(factor);
        scale.setY(factor);
        getChildren().forEach(held -> place((Slide) held));
    }

    private void place(Slide slide) {
        double factor = scale.getX();
        slide.resize(Slide.WIDTH, Slide.HEIGHT);
        slide.relocate((getWidth() - Slide.WIDTH * factor) / 2, (getHeight() - Slide.HEIGHT * factor) / 2);
    }
}
