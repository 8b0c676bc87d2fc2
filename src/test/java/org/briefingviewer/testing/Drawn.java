package org.briefingviewer.testing;

import javafx.scene.Node;

/** Whether a node is drawn: it and every node above it visible. Panels and slides readied ahead sit hidden. */
public final class Drawn {

    private Drawn() {
    }

    public static boolean isDrawn(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (!up.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
