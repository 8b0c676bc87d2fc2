package org.briefingviewer.presenter;

import java.util.List;
import javafx.stage.Window;

/** Starts a talk from the first panel as the Present command does, for benchmarks outside this package. */
public final class TalkOpener {

    private TalkOpener() {
    }

    public static void begin(PresentationViewModel viewModel, Window owner, List<String> stylesheets) {
        Talk.begin(viewModel, owner, stylesheets, false);
    }
}
