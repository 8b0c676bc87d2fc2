package org.briefingviewer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Actions put off until a scene has been drawn run after its frame, in order, and share out the frames after. */
@ExtendWith(ApplicationExtension.class)
class NextFrameTest {

    private final List<String> ran = new CopyOnWriteArrayList<>();
    private final List<Integer> pulsesWhenRun = new CopyOnWriteArrayList<>();
    private Scene scene;
    private int pulses;

    @Start
    void show(Stage stage) {
        scene = new Scene(new StackPane(new Label("Drawn")), 300, 200);
        scene.addPreLayoutPulseListener(() -> pulses++);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void anActionRunsOnceTheSceneHasBeenDrawn(FxRobot robot) throws Exception {
        int[] pulsesWhenAsked = new int[1];
        robot.interact(() -> {
            pulsesWhenAsked[0] = pulses;
            NextFrame.thenLater(scene, () -> record("drawn"));
        });

        waitUntilRan(1);
        assertThat(pulsesWhenRun.get(0)).isGreaterThanOrEqualTo(pulsesWhenAsked[0] + 2);
    }

    @Test
    void actionsRunInTheOrderGiven(FxRobot robot) throws Exception {
        robot.interact(() -> {
            for (String name : List.of("first", "second", "third", "fourth")) {
                NextFrame.thenLater(scene, () -> record(name));
            }
        });

        waitUntilRan(4);
        assertThat(ran).containsExactly("first", "second", "third", "fourth");
    }

    @Test
    void anActionLongerThanItsShareOfAFrameLeavesTheNextForALaterFrame(FxRobot robot) throws Exception {
        robot.interact(() -> {
            NextFrame.thenLater(scene, () -> {
                busyFor(20);
                record("long");
            });
            NextFrame.thenLater(scene, () -> record("after"));
        });

        waitUntilRan(2);
        assertThat(pulsesWhenRun.get(1)).isGreaterThan(pulsesWhenRun.get(0));
    }

    private void record(String name) {
        ran.add(name);
        pulsesWhenRun.add(pulses);
    }

    private void waitUntilRan(int count) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ran.size() >= count);
    }

    private static void busyFor(long millis) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
