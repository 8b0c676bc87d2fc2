package org.briefingviewer.appearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.reader.ReaderViewModel;
import org.briefingviewer.reader.ReadingFeature;
import org.briefingviewer.shell.Shell;
import org.briefingviewer.sources.SourcesWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class AppearanceTest {

    private ReaderViewModel reader;
    private AppearanceViewModel appearance;

    @BeforeEach
    void openWindow() throws TimeoutException {
        reader = new ReaderViewModel(new BriefingLoader().loadEmbedded());
        appearance = new AppearanceViewModel();
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            ReadingFeature reading = new ReadingFeature(reader, link -> { });
            Shell.open(stage, 1280, 720, List.of(reading, new SourcesWindow(reader, reading.area()),
                    new AppearanceFeature(appearance)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        FxToolkit.cleanupStages();
        appearance.themeProperty().set(Theme.LIGHT);
        appearance.actualSize();
    }

    @Test
    void zoomStepsStayBetweenHalfAndDouble() {
        AppearanceViewModel model = new AppearanceViewModel();
        for (int i = 0; i < 20; i++) {
            model.zoomIn();
        }
        assertThat(model.zoomProperty().get()).isEqualTo(200);
        for (int i = 0; i < 20; i++) {
            model.zoomOut();
        }
        assertThat(model.zoomProperty().get()).isEqualTo(50);
        model.zoomProperty().set(130);
        assertThat(model.zoomProperty().get()).isEqualTo(125);
        model.actualSize();
        assertThat(model.zoomProperty().get()).isEqualTo(100);
    }

    @Test
    void keysZoomTheTextAndNothingIsCutOffAtDoubleSize(FxRobot robot) {
        double before = robot.lookup(".paragraph").queryLabeled().getFont().getSize();
        for (int i = 0; i < 6; i++) {
            robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(appearance.zoomProperty().get()).isEqualTo(200);
        assertThat(robot.lookup(".paragraph").queryLabeled().getFont().getSize()).isCloseTo(before * 2,
                org.assertj.core.data.Offset.offset(0.5));
        for (int panel = 0; panel < reader.getPanels().size(); panel++) {
            int index = panel;
            robot.interact(() -> reader.select(index));
            assertThat(robot.lookup(".panel-view .label").queryAllAs(Labeled.class))
                    .allSatisfy(label -> assertThat(shown(label)).isEqualTo(label.getText()));
        }

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        assertThat(robot.lookup(".paragraph").queryLabeled().getFont().getSize()).isEqualTo(before);
    }

    @Test
    void theThemeChangesEveryOpenWindowAndTheNextOnesAlike(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Window.getWindows()).as("the reading window and the source text").hasSize(2);

        robot.interact(() -> appearance.themeProperty().set(Theme.HIGH_CONTRAST));
        assertThat(Window.getWindows()).allSatisfy(window -> assertThat(window.getScene().getStylesheets())
                .anyMatch(sheet -> sheet.endsWith("high-contrast.css")));

        robot.interact(() -> appearance.themeProperty().set(Theme.DARK));
        assertThat(Window.getWindows()).allSatisfy(window -> assertThat(window.getScene().getStylesheets())
                .noneMatch(sheet -> sheet.endsWith("high-contrast.css"))
                .anyMatch(sheet -> sheet.endsWith("briefing-viewer.css")));
    }

    @Test
    void zoomIsOneRootFontSizeThatTheSourceTextFollowsToo(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.interact(() -> appearance.zoomProperty().set(150));

        assertThat(Window.getWindows()).allSatisfy(window -> assertThat(window.getScene().getRoot().getStyle())
                .as("no inline style").isEmpty());
        Labeled sourceText = robot.lookup(".sources .source-text").queryLabeled();
        Labeled paragraph = robot.lookup(".panel-view .paragraph").queryLabeled();
        assertThat(sourceText.getFont().getSize()).as("at the zoomed paragraph size")
                .isEqualTo(paragraph.getFont().getSize())
                .isCloseTo(AppearanceViewModel.BASE_FONT_SIZE * 1.5 * 1.143, org.assertj.core.data.Offset.offset(0.5));
    }

    private static String shown(Labeled label) {
        return label.lookupAll(".text").stream().filter(Text.class::isInstance)
                .map(node -> ((Text) node).getText()).findFirst().orElse("");
    }

    @Test
    void theHighContrastThemesSelectedRowStandsOutAtLeastThreeToOne(FxRobot robot) {
        robot.interact(() -> {
            appearance.themeProperty().set(Theme.HIGH_CONTRAST);
            reader.select(2);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Region selected = robot.lookup(".panel-sidebar .panel-cell")
                .match(cell -> ((ListCell<?>) cell).isSelected()).queryAs(Region.class);
        Region unselected = robot.lookup(".panel-sidebar .panel-cell")
                .match(cell -> !((ListCell<?>) cell).isSelected() && !((ListCell<?>) cell).isEmpty())
                .queryAs(Region.class);
        Color row = shownFill(selected);
        Color around = shownFill(unselected);
        Color text = (Color) ((Labeled) selected).getTextFill();

        assertThat(contrast(row, around)).as("the row against its neighbours").isGreaterThanOrEqualTo(3);
        assertThat(contrast(text, row)).as("its text against the row").isGreaterThanOrEqualTo(4.5);
    }

    /** The colour a region shows: its topmost opaque fill, or white where it shows none. */
    private static Color shownFill(Region region) {
        Color shown = Color.WHITE;
        if (region.getBackground() != null) {
            for (var fill : region.getBackground().getFills()) {
                if (fill.getFill() instanceof Color color && color.getOpacity() > 0.5) {
                    shown = color;
                }
            }
        }
        return shown;
    }

    /** WCAG 2's contrast ratio of two colours. */
    private static double contrast(Color one, Color other) {
        double lighter = Math.max(luminance(one), luminance(other));
        double darker = Math.min(luminance(one), luminance(other));
        return (lighter + 0.05) / (darker + 0.05);
    }

    private static double luminance(Color color) {
        return 0.2126 * linear(color.getRed()) + 0.7152 * linear(color.getGreen()) + 0.0722 * linear(color.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
