package org.briefingviewer.app;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import org.briefingviewer.model.Briefing;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the application as {@code Main} does, on the test's primary stage, with its data in a folder of the test's. */
final class RunningApp {

    private RunningApp() {
    }

    static BriefingViewerApp start(Briefing briefing, Path userData) throws TimeoutException {
        return start(briefing, null, userData);
    }

    /** @param file the file {@code briefing} was read from, as if named on the command line; or {@code null} */
    static BriefingViewerApp start(Briefing briefing, Path file, Path userData) throws TimeoutException {
        BriefingViewerApp.startWith(briefing, file, file == null, null, false, null, userData);
        return launch();
    }

    /** As {@code Main} starts it when the file named cannot be opened: on {@code briefing}, showing why. */
    static BriefingViewerApp startRejecting(Briefing briefing, Path rejected, Path userData)
            throws TimeoutException {
        BriefingViewerApp.startWith(briefing, null, false, null, false, rejected, userData);
        return launch();
    }

    private static BriefingViewerApp launch() throws TimeoutException {
        BriefingViewerApp app = new BriefingViewerApp();
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(() -> app);
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    static void stop(BriefingViewerApp app) throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
