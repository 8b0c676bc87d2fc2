package org.briefingviewer.app;

import java.nio.file.Path;
import javafx.application.Application;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.storage.UserDataFolder;

/** What happens once the command line has produced a briefing to show. */
interface Launcher {

    /**
     * @param file       where the briefing came from, or {@code null} for the embedded one
     * @param reopenLast whether the window should open the briefing shown last instead, if it still exists
     * @param rejected   a file named to open that could not be, whose problems the window shows; or {@code null}
     * @return whether a window could be opened; {@code false} when there is no display
     */
    boolean open(Briefing briefing, Path file, boolean reopenLast, String panelId, boolean benchmarkStartup,
                 Path rejected);

    /** Opens the reading window and returns when the user closes it. */
    final class Window implements Launcher {

        private final ToolkitStart toolkit;

        Window(ToolkitStart toolkit) {
            this.toolkit = toolkit;
        }

        @Override
        public boolean open(Briefing briefing, Path file, boolean reopenLast, String panelId,
                            boolean benchmarkStartup, Path rejected) {
            BriefingViewerApp.startWith(briefing, file, reopenLast, panelId, benchmarkStartup, rejected,
                    UserDataFolder.resolve());
            if (!toolkit.awaitDisplay()) {
                return false;
            }
            Application.launch(BriefingViewerApp.class);
            return true;
        }
    }
}
