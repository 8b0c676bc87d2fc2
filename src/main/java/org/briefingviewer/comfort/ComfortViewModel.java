package org.briefingviewer.comfort;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** Reading comfort: zoom from 50 to 200 percent in familiar steps, and the theme. */
public final class ComfortViewModel {

    public enum ThemeChoice { LIGHT, DARK, HIGH_CONTRAST }

    static final List<Integer> ZOOM_STEPS = List.of(50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200);
    public static final int ACTUAL_SIZE = 100;

    private final ReadOnlyIntegerWrapper zoom = new ReadOnlyIntegerWrapper(this, "zoom", ACTUAL_SIZE);
    private final ObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>(this, "theme", ThemeChoice.LIGHT);

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

    /** Sets the zoom to the nearest step, for a remembered value. */
    public void setZoom(int percent) {
        zoom.set(ZOOM_STEPS.stream().min((a, b) -> Math.abs(a - percent) - Math.abs(b - percent)).orElse(ACTUAL_SIZE));
    }

    public ReadOnlyIntegerProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }
}
