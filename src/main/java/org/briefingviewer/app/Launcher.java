package org.briefingviewer.app;

import javafx.application.Application;
import org.briefingviewer.model.Briefing;

/** What happens once the command line has produced a briefing to show. */
interface Launcher {

    void open(Briefing briefing, String panelId);

    /** Opens the reading window and returns when the user closes it. */
    final class Window implements Launcher {
        @Override
        public void open(Briefing briefing, String panelId) {
            BriefingViewerApp.startWith(briefing, panelId);
            Application.launch(BriefingViewerApp.class);
        }
    }
}
