package org.briefingviewer.appearance;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/** How the window looks: zoom from 50 to 200 percent in familiar steps, and the theme. */
public final class AppearanceViewModel {

    static final List<Integer> ZOOM_STEPS = List.of(50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200);
    public static final int ACTUAL_SIZE = 100;
    /** The reading window's text size at actual size, in pixels; every other size in the stylesheet is in em. */
    static final double BASE_FONT_SIZE = 14;

    private final IntegerProperty zoom = new SimpleIntegerProperty(this, "zoom", ACTUAL_SIZE) {
        @Override
        public void set(int percent) {
            super.set(nearestStep(percent));
        }
    };
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT) {
        @Override
        public void set(Theme chosen) {
            super.set(chosen == null ? Theme.LIGHT : chosen);
        }
    };

    public void zoomIn() {
        int index = ZOOM_STEPS.indexOf(zoom.get());
        zoom.set(ZOOM_STEPS.get(Math.min(ZOOM_STEPS.size() - 1, index + 1)));
    }

    public void zoomOut() {
        int index = ZOOM_STEPS.indexOf(zoom.get());
        zoom.set(ZOOM_STEPS.get(Math.max(0, index - 1)));
    }

    public void actualSize() {
        zoom.set(ACTUAL_SIZE);
    }

    /** The zoom in percent; a value set between steps becomes the nearest step, as a remembered one may. */
    public IntegerProperty zoomProperty() {
        return zoom;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The reading window's root font size at the zoom shown. */
    double rootFontSize() {
        return BASE_FONT_SIZE * zoom.get() / ACTUAL_SIZE;
    }

    private static int nearestStep(int percent) {
        return ZOOM_STEPS.stream().min((a, b) -> Math.abs(a - percent) - Math.abs(b - percent)).orElse(ACTUAL_SIZE);
    }
}
