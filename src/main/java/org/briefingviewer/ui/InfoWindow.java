package org.briefingviewer.ui;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A window of the application's own for something to read, such as About or the key list: its content scrolls,
 * Close (Enter, Esc or Ctrl+W) shuts it, and it follows the reader's zoom and theme like the main window. Asked to
 * show again while open, it comes to the front instead of opening twice.
 */
public final class InfoWindow {

    private static final double MOST_WIDTH = 760;
    private static final double MOST_HEIGHT = 640;
    private static final List<KeyCombination> CLOSE = List.of(new KeyCodeCombination(KeyCode.ESCAPE),
            new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN));

    private final String title;
    private Stage stage;

    public InfoWindow(String title) {
        this.title = title;
    }

    /** Shows {@code content}, made anew each time, in the window, opening it over {@code owner} if it is closed. */
    public Stage show(Window owner, Node content) {
        if (stage == null) {
            stage = create(owner);
        }
        ScrollPane scroll = (ScrollPane) ((BorderPane) stage.getScene().getRoot()).getCenter();
        scroll.setContent(content);
        if (!stage.isShowing()) {
            stage.sizeToScene();
            stage.show();
            fitOver(owner);
        }
        stage.toFront();
        return stage;
    }

    /**
     * Keeps the window, sized to its content when shown (and styled only then), within bounds, centred over
     * {@code owner}.
     */
    private void fitOver(Window owner) {
        stage.setWidth(Math.min(stage.getWidth(), MOST_WIDTH));
        stage.setHeight(Math.min(stage.getHeight(), MOST_HEIGHT));
        stage.setX(owner.getX() + (owner.getWidth() - stage.getWidth()) / 2);
        stage.setY(Math.max(owner.getY(), owner.getY() + (owner.getHeight() - stage.getHeight()) / 2));
    }

    private Stage create(Window owner) {
        Stage window = new Stage();
        window.initOwner(owner);
        window.setTitle(title);
        AppIcons.applyTo(window);
        ScrollPane scroll = new ScrollPane();
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Styles.INFO_CONTENT);
        Button close = new Button("Close");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(event -> window.close());
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.getStyleClass().add(Styles.INFO_BUTTONS);
        BorderPane root = new BorderPane(scroll, null, null, buttons, null);
        root.getStyleClass().addAll(Styles.INFO_WINDOW, Styles.FOLLOWS_ZOOM);
        window.setScene(new Scene(root));
        window.getScene().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (CLOSE.stream().anyMatch(keys -> keys.match(event))) {
                window.close();
                event.consume();
            }
        });
        window.setOnShown(event -> close.requestFocus());
        return window;
    }
}
