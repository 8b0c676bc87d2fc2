package org.briefingviewer.comfort;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.reader.ReaderView;
import org.briefingviewer.reader.ReaderViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ComfortTest {

    private ReaderViewModel reader;
    private ComfortViewModel comfort;
    private ReaderView view;

    @BeforeEach
    void openWindow() throws TimeoutException {
        reader = new ReaderViewModel(new BriefingLoader().loadEmbedded());
        comfort = new ComfortViewModel();
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            view = ReaderView.show(stage, reader, 1280, 720);
            ComfortFeature.install(view, comfort);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        comfort.themeProperty().set(ComfortViewModel.ThemeChoice.LIGHT);
        FxToolkit.cleanupStages();
    }

    @Test
    void zoomStepsStayBetweenHalfAndDouble() {
        ComfortViewModel model = new ComfortViewModel();
        for (int i = 0; i < 20; i++) {
            model.zoomIn();
        }
        assertThat(model.zoomProperty().get()).isEqualTo(200);
        for (int i = 0; i < 20; i++) {
            model.zoomOut();
        }
        assertThat(model.zoomProperty().get()).isEqualTo(50);
        model.setZoom(130);
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

        assertThat(comfort.zoomProperty().get()).isEqualTo(200);
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
    void highContrastThemeAddsItsStylesheet(FxRobot robot) {
        robot.interact(() -> comfort.themeProperty().set(ComfortViewModel.ThemeChoice.HIGH_CONTRAST));

        assertThat(view.getScene().getStylesheets()).anyMatch(sheet -> sheet.endsWith("high-contrast.css"));

        robot.interact(() -> comfort.themeProperty().set(ComfortViewModel.ThemeChoice.DARK));
        assertThat(view.getScene().getStylesheets()).noneMatch(sheet -> sheet.endsWith("high-contrast.css"));
    }

    private static String shown(Labeled label) {
        return label.lookupAll(".text").stream().filter(Text.class::isInstance)
                .map(node -> ((Text) node).getText()).findFirst().orElse("");
    }
}
