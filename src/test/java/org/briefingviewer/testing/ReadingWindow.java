package org.briefingviewer.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.briefingviewer.appearance.AppearanceFeature;
import org.briefingviewer.appearance.AppearanceViewModel;
import org.briefingviewer.reader.ReaderViewModel;
import org.briefingviewer.reader.ReadingFeature;
import org.briefingviewer.shell.Feature;
import org.briefingviewer.shell.Shell;

/** Opens a reading window as the application does, styled, with only the features a test needs. */
public final class ReadingWindow {

    private ReadingWindow() {
    }

    /** A window that reads {@code reader}, links going nowhere, with {@code more} features after reading. */
    public static Shell open(Stage stage, double width, double height, ReaderViewModel reader, Feature... more) {
        return open(stage, width, height, new ReadingFeature(reader, link -> { }), more);
    }

    public static Shell open(Stage stage, double width, double height, ReadingFeature reading, Feature... more) {
        List<Feature> features = new ArrayList<>(List.of(new AppearanceFeature(new AppearanceViewModel()), reading));
        features.addAll(List.of(more));
        return Shell.open(stage, width, height, features);
    }
}
