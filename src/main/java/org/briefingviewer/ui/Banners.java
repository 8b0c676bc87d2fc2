package org.briefingviewer.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The non-modal message bar shown above a panel: a wrapping message and its buttons. */
public final class Banners {

    private Banners() {
    }

    public static HBox create(String messageId, String text, String toneClass, Node... actions) {
        Label message = new Label(text);
        message.setId(messageId);
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox banner = new HBox(message);
        for (Node action : actions) {
            if (action instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
            banner.getChildren().add(action);
        }
        banner.getStyleClass().addAll(Styles.BANNER, toneClass);
        banner.setAlignment(Pos.CENTER_LEFT);
        return banner;
    }

    public static Button button(String text, Runnable action) {
        Button button = new Button(text);
        button.setOnAction(event -> action.run());
        return button;
    }
}
