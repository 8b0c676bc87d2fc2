package org.briefingviewer.presenter;

import javafx.collections.FXCollections;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
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

    void show(Slide newSlide) {
        slide = newSlide;
        slide.getTransforms().setAll(scale);
        slide.setVisible(true);
        getChildren().removeIf(child -> child != newSlide);
        if (getChildren().isEmpty()) {
            getChildren().add(newSlide);
        }
    }

    /** Keeps {@code coming} out of sight, styled and laid out at the stage's size, in place of one kept before. */
    void prepare(Slide coming) {
        getChildren().removeIf(child -> child != slide);
        coming.setVisible(false);
        getChildren().add(coming);
        coming.applyCss();
        coming.resize(Slide.WIDTH, Slide.HEIGHT);
        coming.layout();
    }

    void clear() {
        slide = null;
        getChildren().clear();
    }

    Slide slide() {
        return slide;
    }

    /** Assistive technology is told of the slide shown only, never of one readied out of sight. */
    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.CHILDREN) {
            return slide == null ? FXCollections.<Node>observableArrayList()
                    : FXCollections.<Node>observableArrayList(slide);
        }
        return super.queryAccessibleAttribute(attribute, parameters);
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
