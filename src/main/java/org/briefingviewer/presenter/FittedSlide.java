package org.briefingviewer.presenter;

import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/** A slide scaled to fit whatever size this region is given, centred, its proportions kept. */
final class FittedSlide extends Region {

    private final Scale scale = new Scale();
    private Slide slide;

    FittedSlide(double prefWidth) {
        setPrefSize(prefWidth, prefWidth * Slide.HEIGHT / Slide.WIDTH);
        setMinSize(0, 0);
    }

    void show(Slide shown) {
        shown.getTransforms().setAll(scale);
        slide = shown;
        getChildren().setAll(shown);
    }

    void clear() {
        slide = null;
        getChildren().clear();
    }

    @Override
    protected void layoutChildren() {
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
