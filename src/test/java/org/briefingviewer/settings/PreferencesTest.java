package org.briefingviewer.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preferences restore and keep the values features own; no toolkit is needed. */
class PreferencesTest {

    enum Shade { PALE, DEEP }

    public record Place(double x, double y, boolean maximized) {
    }

    @TempDir
    Path folder;

    private final List<Runnable> pendingSaves = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    private Preferences preferences(SettingsStore store) {
        return new Preferences(store, store.load(), pendingSaves::add, failures::add);
    }

    @Test
    void valuesOfEveryKindComeBackNextTime() {
        SettingsStore store = new SettingsStore(folder.resolve("settings.json"));
        Preferences first = preferences(store);
        SimpleIntegerProperty zoom = new SimpleIntegerProperty(100);
        SimpleDoubleProperty width = new SimpleDoubleProperty();
        ObjectProperty<Shade> shade = new SimpleObjectProperty<>(Shade.PALE);
        ObjectProperty<Place> place = new SimpleObjectProperty<>();
        first.remember("zoom", zoom, Integer.class);
        first.remember("width", width, Double.class);
        first.remember("shade", shade, Shade.class);
        first.remember("place", place, Place.class);
        zoom.set(125);
        width.set(312.5);
        shade.set(Shade.DEEP);
        place.set(new Place(10, 20.5, true));
        assertThat(first.save()).isNull();

        Preferences next = preferences(store);
        SimpleIntegerProperty zoomAgain = new SimpleIntegerProperty(100);
        SimpleDoubleProperty widthAgain = new SimpleDoubleProperty();
        ObjectProperty<Shade> shadeAgain = new SimpleObjectProperty<>(Shade.PALE);
        ObjectProperty<Place> placeAgain = new SimpleObjectProperty<>();
        next.remember("zoom", zoomAgain, Integer.class);
        next.remember("width", widthAgain, Double.class);
        next.remember("shade", shadeAgain, Shade.class);
        next.remember("place", placeAgain, Place.class);

        assertThat(zoomAgain.get()).isEqualTo(125);
        assertThat(widthAgain.get()).isEqualTo(312.5);
        assertThat(shadeAgain.get()).isEqualTo(Shade.DEEP);
        assertThat(placeAgain.get()).isEqualTo(new Place(10, 20.5, true));
    }

    @Test
    void aChangeAsksForASaveSoonAndThatSaveWritesTheFile() throws IOException {
        Path file = folder.resolve("settings.json");
        Preferences preferences = preferences(new SettingsStore(file));
        SimpleStringProperty last = new SimpleStringProperty();
        preferences.keep("last", last);

        last.set("/briefings/a.md");
        assertThat(pendingSaves).hasSize(1);
        assertThat(file).doesNotExist();

        pendingSaves.get(0).run();
        assertThat(Files.readString(file)).contains("/briefings/a.md");
    }

    @Test
    void aValueOfTheWrongKindOrAnUnknownNameKeepsTheDefault() throws IOException {
        Path file = Files.writeString(folder.resolve("settings.json"),
                "{ \"zoom\" : \"large\", \"shade\" : \"PURPLE\", \"place\" : [1, 2] }");
        Preferences preferences = preferences(new SettingsStore(file));
        SimpleIntegerProperty zoom = new SimpleIntegerProperty(100);
        ObjectProperty<Shade> shade = new SimpleObjectProperty<>(Shade.PALE);
        ObjectProperty<Place> place = new SimpleObjectProperty<>();

        preferences.remember("zoom", zoom, Integer.class);
        preferences.remember("shade", shade, Shade.class);
        preferences.remember("place", place, Place.class);

        assertThat(zoom.get()).isEqualTo(100);
        assertThat(shade.get()).isEqualTo(Shade.PALE);
        assertThat(place.get()).isNull();
        assertThat(failures).isEmpty();
    }

    @Test
    void aFailedSaveIsReportedOnceWhileItKeepsFailing() throws IOException {
        Path blocked = Files.writeString(folder.resolve("file"), "x");
        Preferences preferences = preferences(new SettingsStore(blocked.resolve("settings.json")));
        SimpleIntegerProperty zoom = new SimpleIntegerProperty(100);
        preferences.remember("zoom", zoom, Integer.class);

        assertThat(preferences.save()).startsWith("Your settings could not be saved");
        assertThat(preferences.save()).isNotNull();

        assertThat(failures).hasSize(1);
        assertThat(failures.get(0)).startsWith("Your settings could not be saved");
    }

    @Test
    void damagedSettingsGiveNoValuesAWarningAndAreKeptAside() throws IOException {
        Path file = Files.writeString(folder.resolve("settings.json"), "{ \"zoom\": ");

        SettingsStore.Loaded loaded = new SettingsStore(file).load();

        assertThat(loaded.values()).isEmpty();
        assertThat(loaded.warning()).startsWith("Your settings could not be read").contains("kept as");
        assertThat(file).doesNotExist();
    }

    @Test
    void settingsSavedByEarlierVersionsStillLoad() throws IOException {
        Path saved = Files.writeString(folder.resolve("settings.json"), """
                {
                  "briefingFile" : null,
                  "briefingId" : "korea-us-summit",
                  "zoom" : 125,
                  "theme" : "DARK",
                  "window" : { "x" : 10.0, "y" : 20.0, "width" : 1280.0, "height" : 720.0, "maximized" : true },
                  "sidebarWidth" : 0.0,
                  "audienceScreen" : null,
                  "retired" : "a setting no longer used"
                }""");
        Preferences preferences = preferences(new SettingsStore(saved));
        ObjectProperty<Shade> theme = new SimpleObjectProperty<>();

        assertThat(preferences.remembered("zoom", Integer.class)).contains(125);
        assertThat(preferences.remembered("briefingFile", String.class)).isEmpty();
        assertThat(preferences.remembered("window", Place.class)).contains(new Place(10, 20, true));
        preferences.remember("theme", theme, Shade.class);
        assertThat(theme.get()).as("a name this version does not know").isNull();
    }
}
