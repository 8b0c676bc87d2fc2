package org.briefingviewer.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.briefingviewer.comfort.ComfortViewModel;
import org.briefingviewer.comfort.ComfortViewModel.ThemeChoice;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.opening.OpenViewModel;
import org.briefingviewer.presenter.PresentationViewModel;
import org.briefingviewer.presenter.ScreenAssignment.Display;
import org.briefingviewer.reader.ReaderView;
import org.briefingviewer.reader.ReaderViewModel;
import org.briefingviewer.settings.Settings.ScreenBounds;
import org.briefingviewer.settings.Settings.WindowBounds;
import org.briefingviewer.ui.Banners;
import org.briefingviewer.ui.Styles;

/**
 * Puts back the last briefing, panel, zoom, theme, window place and the room's screen at start, and records them at
 * exit.
 */
public final class RememberedState {

    private final SettingsStore store;
    private final Stage stage;
    private final ReaderView view;
    private final ReaderViewModel reader;
    private final ComfortViewModel comfort;
    private final OpenViewModel opening;
    private final PresentationViewModel presentation;

    public RememberedState(SettingsStore store, Stage stage, ReaderView view, ReaderViewModel reader,
                           ComfortViewModel comfort, OpenViewModel opening, PresentationViewModel presentation) {
        this.store = store;
        this.stage = stage;
        this.view = view;
        this.reader = reader;
        this.comfort = comfort;
        this.opening = opening;
        this.presentation = presentation;
    }

    /**
     * @param loaded         the settings, read from this state's store off the JavaFX thread
     * @param reopenBriefing whether to reopen the last briefing (not when one was named on the command line)
     * @param restorePanel   whether to return to the last panel (not when --panel named one)
     */
    public void restore(SettingsStore.Loaded loaded, boolean reopenBriefing, boolean restorePanel) {
        Settings remembered = loaded.settings();
        if (loaded.warning() != null) {
            view.showBanner(Banners.create("settings-warning", loaded.warning(), Styles.BANNER_ERROR,
                    Banners.button("Dismiss", () -> view.showBanner(null))));
        }
        comfort.setZoom(remembered.zoom());
        comfort.themeProperty().set(themeOf(remembered.theme()));
        placeWindow(remembered.window());
        ScreenBounds screen = remembered.audienceScreen();
        presentation.audienceScreenProperty().set(screen == null ? null
                : new Display(screen.x(), screen.y(), screen.width(), screen.height(), false));
        Platform.runLater(() -> view.setSidebarWidth(remembered.sidebarWidth()));
        if (!restorePanel) {
            return;
        }
        String lastFile = remembered.briefingFile();
        if (reopenBriefing && lastFile != null && Files.exists(Path.of(lastFile))) {
            reader.briefingProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Briefing> value, Briefing old, Briefing opened) {
                    value.removeListener(this);
                    Platform.runLater(() -> returnToPanel(remembered));
                }
            });
            opening.open(Path.of(lastFile));
        } else {
            returnToPanel(remembered);
        }
    }

    /** Records the state; a failure to save costs only the settings. */
    public void save() {
        Path shownFile = opening.currentFileProperty().get();
        store.save(new Settings(shownFile == null ? null : shownFile.toAbsolutePath().toString(),
                reader.getBriefing().metadata().id(),
                reader.getSelectedPanel() == null ? null : reader.getSelectedPanel().id(), view.getScrollPosition(),
                comfort.zoomProperty().get(), comfort.themeProperty().get().name(),
                new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                        stage.isMaximized()), view.getSidebarWidth(), audienceScreen()));
    }

    private ScreenBounds audienceScreen() {
        Display screen = presentation.audienceScreenProperty().get();
        return screen == null ? null : new ScreenBounds(screen.x(), screen.y(), screen.width(), screen.height());
    }

    private void placeWindow(WindowBounds bounds) {
        if (bounds == null || Screen.getScreensForRectangle(bounds.x(), bounds.y(), bounds.width(),
                bounds.height()).isEmpty()) {
            return;
        }
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setMaximized(bounds.maximized());
    }

    private void returnToPanel(Settings remembered) {
        if (reader.getBriefing().metadata().id().equals(remembered.briefingId()) && remembered.panelId() != null
                && reader.select(remembered.panelId())) {
            Platform.runLater(() -> view.setScrollPosition(remembered.scroll()));
        }
    }

    private static ThemeChoice themeOf(String name) {
        for (ThemeChoice choice : ThemeChoice.values()) {
            if (choice.name().equals(name)) {
                return choice;
            }
        }
        return ThemeChoice.LIGHT;
    }
}
