package org.briefingviewer.appearance;

import javafx.collections.FXCollections;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.briefingviewer.shell.Action;
import org.briefingviewer.shell.Feature;
import org.briefingviewer.shell.MenuName;
import org.briefingviewer.shell.Shell;

/** View ▸ Zoom In / Out / Actual Size (Ctrl+= / Ctrl+- / Ctrl+0) and the Light, Dark and High Contrast themes. */
public final class AppearanceFeature implements Feature {

    private final AppearanceViewModel viewModel;

    public AppearanceFeature(AppearanceViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @Override
    public void installInto(Shell shell) {
        Appearance.styleEveryWindow();
        Appearance.follow(viewModel);
        shell.add(Action.of("zoom-in", "Zoom _In", viewModel::zoomIn)
                .keys(shortcut(KeyCode.EQUALS)).in(MenuName.VIEW, 200).described("Zoom in"));
        shell.add(Action.of("zoom-out", "Zoom _Out", viewModel::zoomOut)
                .keys(shortcut(KeyCode.MINUS)).in(MenuName.VIEW, 201).described("Zoom out"));
        shell.add(Action.of("actual-size", "_Actual Size", viewModel::actualSize)
                .keys(shortcut(KeyCode.DIGIT0)).in(MenuName.VIEW, 202).described("Actual size"));
        ToggleGroup themes = new ToggleGroup();
        shell.addMenuItems(MenuName.VIEW, 300, FXCollections.observableArrayList(
                theme("_Light Theme", Theme.LIGHT, themes),
                theme("_Dark Theme", Theme.DARK, themes),
                theme("_High Contrast Theme", Theme.HIGH_CONTRAST, themes)));
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    private RadioMenuItem theme(String text, Theme choice, ToggleGroup group) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setToggleGroup(group);
        item.setSelected(viewModel.themeProperty().get() == choice);
        item.setOnAction(event -> viewModel.themeProperty().set(choice));
        viewModel.themeProperty().addListener((obs, old, now) -> item.setSelected(now == choice));
        return item;
    }
}
