package org.briefingviewer.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefingviewer.presenter.ScreenAssignment.Display;
import org.junit.jupiter.api.Test;

/** Monocle has one screen, so the assignment is tested as data. */
class ScreenAssignmentTest {

    private static final Display LAPTOP = new Display(0, 0, 1920, 1080, true);
    private static final Display PROJECTOR = new Display(1920, 0, 1280, 720, false);

    @Test
    void oneScreenTakesTheAudienceViewAndLeavesTheConsoleToAWindow() {
        ScreenAssignment assignment = ScreenAssignment.of(List.of(LAPTOP));

        assertThat(assignment.audience()).isZero();
        assertThat(assignment.hasTwoScreens()).isFalse();
        assertThat(assignment.swapped()).isEqualTo(assignment);
    }

    @Test
    void twoScreensPutTheRoomOnTheSecondAndThePresenterOnThePrimary() {
        assertThat(ScreenAssignment.of(List.of(LAPTOP, PROJECTOR))).isEqualTo(new ScreenAssignment(1, 0));
        assertThat(ScreenAssignment.of(List.of(PROJECTOR, LAPTOP))).isEqualTo(new ScreenAssignment(0, 1));
    }

    @Test
    void theRoomKeepsTheScreenItHadLastTime() {
        Display secondProjector = new Display(3200, 0, 1920, 1080, false);
        List<Display> three = List.of(LAPTOP, PROJECTOR, secondProjector);

        assertThat(ScreenAssignment.of(three, null)).isEqualTo(new ScreenAssignment(1, 0));
        assertThat(ScreenAssignment.of(three, secondProjector)).isEqualTo(new ScreenAssignment(2, 0));
        assertThat(ScreenAssignment.of(List.of(LAPTOP, PROJECTOR), notPrimary(LAPTOP)))
                .as("swapped last time").isEqualTo(new ScreenAssignment(0, 1));
        assertThat(ScreenAssignment.of(List.of(LAPTOP, PROJECTOR), secondProjector))
                .as("a screen no longer there").isEqualTo(new ScreenAssignment(1, 0));
        assertThat(ScreenAssignment.of(List.of(LAPTOP), PROJECTOR)).isEqualTo(new ScreenAssignment(0, -1));
    }

    private static Display notPrimary(Display display) {
        return new Display(display.x(), display.y(), display.width(), display.height(), false);
    }

    @Test
    void swappingExchangesTheScreens() {
        ScreenAssignment assignment = ScreenAssignment.of(List.of(LAPTOP, PROJECTOR));

        assertThat(assignment.swapped()).isEqualTo(new ScreenAssignment(0, 1));
        assertThat(assignment.swapped().swapped()).isEqualTo(assignment);
    }
}
