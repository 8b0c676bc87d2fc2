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

    void show(Slide slide) {
        slide.getTransforms().setAll(scale);
        showChild(slide);
        dropHidden();
    }

    /** Keeps {@code coming} out of sight, styled and laid out at the stage's size, in place of one kept before. */
    void prepare(Slide coming) {
        dropHidden();
        holdHidden(coming);
        coming.applyCss();
        coming.resize(Slide.WIDTH, Slide.HEIGHT);
        coming.layout();
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
        slide.resize(Slide.WIDTH, Slide.HEIGHT);
        slide.relocate((getWidth() - Slide.WIDTH * factor) / 2, (getHeight() - Slide.HEIGHT * factor) / 2);
    }
}
