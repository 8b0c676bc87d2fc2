package org.briefingviewer.testing;

import javafx.scene.Node;

/**
 * Whether a node is drawn: it and every node above it visible and not fully transparent. Panels and slides readied
 * ahead sit hidden (panels invisible, slides transparent).
 */
public final class Drawn {

    private Drawn() {
    }

    public static boolean isDrawn(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (!up.isVisible() || up.getOpacity() == 0) {
                return false;
            }
        }
        return true;
    }
}
