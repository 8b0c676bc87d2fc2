package org.briefingviewer.reader;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The height a wrapped label remembers is forgotten whenever something that changes it does. Each test measures
 * before and after a change in one go on the FX thread, so no layout pass in between can clear the memory.
 */
@ExtendWith(ApplicationExtension.class)
class WrappedLabelTest {

    private static final String SENTENCE = "A trade deal cuts the reciprocal tariff on South Korea. ";
    private static final double WIDTH = 200;

    private WrappedLabel label;

    @Start
    void show(Stage stage) {
        label = new WrappedLabel(SENTENCE);
        stage.setScene(new Scene(new StackPane(label), 400, 300));
        stage.show();
    }

    @Test
    void longerTextIsTaller(FxRobot robot) {
        double[] heights = measureAround(robot, () -> label.setText(SENTENCE.repeat(4)));

        assertThat(heights[1]).isGreaterThan(heights[0] * 2);
    }

    @Test
    void aLargerFontFromTheStylesheetIsTaller(FxRobot robot) {
        double[] heights = measureAround(robot, () -> {
            label.setStyle("-fx-font-size: 30px;");
            label.applyCss();
        });

        assertThat(heights[1]).isGreaterThan(heights[0] * 1.5);
    }

    @Test
    void morePaddingIsTaller(FxRobot robot) {
        double[] heights = measureAround(robot, () -> label.setPadding(new Insets(20)));

        assertThat(heights[1]).isEqualTo(heights[0] + 40);
    }

    @Test
    void eachWidthHasItsOwnHeight(FxRobot robot) {
        double[] heights = new double[3];
        robot.interact(() -> {
            heights[0] = label.prefHeight(WIDTH);
            heights[1] = label.prefHeight(WIDTH / 2);
            heights[2] = label.prefHeight(WIDTH);
        });

        assertThat(heights[1]).isGreaterThan(heights[0]);
        assertThat(heights[2]).isEqualTo(heights[0]);
    }

    private double[] measureAround(FxRobot robot, Runnable change) {
        double[] heights = new double[2];
        robot.interact(() -> {
            heights[0] = label.prefHeight(WIDTH);
            change.run();
            heights[1] = label.prefHeight(WIDTH);
        });
        return heights;
    }
}
