package org.briefingviewer.comfort;

import javafx.scene.Parent;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.briefingviewer.comfort.ComfortViewModel.ThemeChoice;
import org.briefingviewer.reader.ReaderView;
import org.briefingviewer.ui.Theme;

/** View ▸ Zoom In / Out / Actual Size (Ctrl+= / Ctrl+- / Ctrl+0) and the Light, Dark and High contrast themes. */
public final class ComfortFeature {

    private static final String ZOOM_PREFIX = "zoom-";
    private static final String HIGH_CONTRAST = "/org/briefingviewer/ui/high-contrast.css";

    private ComfortFeature() {
    }

    public static void install(ReaderView view, ComfortViewModel viewModel) {
        applyLook(view, viewModel);
        addMenuItems(view, viewModel);
    }

    /** Applies the zoom and theme now and whenever they change: before the window is first drawn. */
    public static void applyLook(ReaderView view, ComfortViewModel viewModel) {
        applyZoom(view, viewModel.zoomProperty().get());
        viewModel.zoomProperty().addListener((obs, old, percent) -> applyZoom(view, percent.intValue()));
        applyTheme(view, viewModel.themeProperty().get());
        viewModel.themeProperty().addListener((obs, old, choice) -> applyTheme(view, choice));
        view.sceneProperty().addListener((obs, old, scene) -> applyTheme(view, viewModel.themeProperty().get()));
    }

    /** The View menu's zoom and theme items. */
    public static void addMenuItems(ReaderView view, ComfortViewModel viewModel) {
        MenuItem zoomIn = item("Zoom _In", () -> viewModel.zoomIn(),
                new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        MenuItem zoomOut = item("Zoom _Out", () -> viewModel.zoomOut(),
                new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        MenuItem actual = item("_Actual Size", () -> viewModel.actualSize(),
                new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        ToggleGroup themes = new ToggleGroup();
        view.addViewMenuItems(zoomIn, zoomOut, actual, new SeparatorMenuItem(),
                theme("_Light Theme", ThemeChoice.LIGHT, themes, viewModel),
                theme("_Dark Theme", ThemeChoice.DARK, themes, viewModel),
                theme("_High Contrast Theme", ThemeChoice.HIGH_CONTRAST, themes, viewModel),
                new SeparatorMenuItem());
    }

    private static void applyZoom(ReaderView view, int percent) {
        Parent root = view;
        root.getStyleClass().removeIf(style -> style.startsWith(ZOOM_PREFIX));
        if (percent != ComfortViewModel.ACTUAL_SIZE) {
            root.getStyleClass().add(ZOOM_PREFIX + percent);
        }
    }

    private static void applyTheme(ReaderView view, ThemeChoice choice) {
        Theme.useForControls(choice == ThemeChoice.DARK);
        if (view.getScene() == null) {
            return;
        }
        String highContrast = ComfortFeature.class.getResource(HIGH_CONTRAST).toExternalForm();
        view.getScene().getStylesheets().remove(highContrast);
        if (choice == ThemeChoice.HIGH_CONTRAST) {
            view.getScene().getStylesheets().add(highContrast);
        }
    }

    private static MenuItem item(String text, Runnable action, KeyCombination accelerator) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(accelerator);
        item.setOnAction(event -> action.run());
        return item;
    }

    private static RadioMenuItem theme(String text, ThemeChoice choice, ToggleGroup group,
                                       ComfortViewModel viewModel) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setToggleGroup(group);
        item.setSelected(viewModel.themeProperty().get() == choice);
        item.setOnAction(event -> viewModel.themeProperty().set(choice));
        viewModel.themeProperty().addListener((obs, old, now) -> item.setSelected(now == choice));
        return item;
    }
}
