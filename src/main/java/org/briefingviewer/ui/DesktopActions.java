package org.briefingviewer.ui;

import java.nio.file.Path;
import javafx.application.HostServices;

/** Hands files to the platform: open a document, or show it in the file manager. */
public interface DesktopActions {

    void open(Path file);

    void showInFolder(Path file);

    /** Opens a web or mail address in the platform's browser or mail program. */
    void browse(String address);

    static DesktopActions using(HostServices hostServices) {
        return new DesktopActions() {
            @Override
            public void open(Path file) {
                hostServices.showDocument(file.toUri().toString());
            }

            @Override
            public void showInFolder(Path file) {
                hostServices.showDocument(file.toAbsolutePath().getParent().toUri().toString());
            }

            @Override
            public void browse(String address) {
                hostServices.showDocument(address);
            }
        };
    }
}
