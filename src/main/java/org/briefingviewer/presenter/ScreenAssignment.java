package org.briefingviewer.presenter;

import java.util.List;

/**
 * Which screen shows the audience view and which the presenter console. With two or more screens the room gets a
 * screen other than the primary one and the presenter keeps the primary, unless the room had another of them last
 * time; with one screen the audience view takes it and the console opens only when asked for. Swapping exchanges
 * the two.
 *
 * @param audience the index of the audience's screen in the list given
 * @param console  the index of the console's screen, or -1 when there is only one screen
 */
public record ScreenAssignment(int audience, int console) {

    /** A screen as the assignment sees it. */
    public record Display(double x, double y, double width, double height, boolean primary) {

        boolean sameBoundsAs(Display other) {
            return other != null && x == other.x && y == other.y && width == other.width && height == other.height;
        }
    }

    /** The usual assignment, except that the room keeps {@code lastAudience} if that screen is still there. */
    public static ScreenAssignment of(List<Display> displays, Display lastAudience) {
        ScreenAssignment usual = of(displays);
        if (!usual.hasTwoScreens()) {
            return usual;
        }
        for (int i = 0; i < displays.size(); i++) {
            if (displays.get(i).sameBoundsAs(lastAudience)) {
                return i == usual.console ? usual.swapped() : new ScreenAssignment(i, usual.console);
            }
        }
        return usual;
    }

    public static ScreenAssignment of(List<Display> displays) {
        if (displays.size() < 2) {
            return new ScreenAssignment(0, -1);
        }
        int primary = 0;
        for (int i = 0; i < displays.size(); i++) {
            if (displays.get(i).primary()) {
                primary = i;
            }
        }
        int audience = primary == 0 ? 1 : 0;
        return new ScreenAssignment(audience, primary);
    }

    public boolean hasTwoScreens() {
        return console >= 0;
    }

    public ScreenAssignment swapped() {
        return hasTwoScreens() ? new ScreenAssignment(console, audience) : this;
    }
}
