package org.briefingviewer.ui;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;

/**
 * A page whose labels' text the reader can select with the mouse, as in a document (drag, double-click for a word,
 * triple-click for a paragraph, Shift+click to extend), and on which ranges of text can be marked. Selection and
 * marks are drawn on a layer over the text, from the text's own shapes, so they follow every reflow.
 */
public final class SelectablePage extends StackPane {

    /** A node property: what a node's labels copy as, whole, in place of their own text (a key figure card). */
    public static final String COPIES_AS = "briefing-copies-as";

    /** Characters {@code start} to {@code end} of a label's text, marked; the current mark stands out. */
    public record Mark(Label label, int start, int end, boolean current) {
    }

    private record Place(int label, int offset) {
        boolean isBefore(Place other) {
            return label < other.label || label == other.label && offset < other.offset;
        }
    }

    private static final KeyCombination COPY_KEYS = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SELECT_ALL_KEYS =
            new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN);

    /** How far the pointer may move between press and release and still be a click, in pixels. */
    private static final double CLICK_SLOP = 3;

    private final Pane layer = new Pane();
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper(this, "hasSelection");
    private final Runnable redrawAfterLayout = this::redrawIfMoved;
    private Node content;
    private List<Label> labels = List.of();
    private Place anchor;
    private Place focus;
    /** Where the primary button was pressed, in the scene; its release elsewhere ends a drag. */
    private Point2D pressedAt;
    private List<Mark> marks = List.of();
    private Bounds drawnFor;
    /** Whether a label to draw on had no text laid out yet, so the next layout pass draws again. */
    private boolean incomplete;

    public SelectablePage() {
        layer.setMouseTransparent(true);
        layer.setManaged(true);
        getChildren().add(layer);
        setAlignment(Pos.TOP_CENTER);
        addEventFilter(MouseEvent.MOUSE_PRESSED, this::onPressed);
        addEventFilter(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        addEventFilter(MouseEvent.MOUSE_RELEASED, this::onReleased);
        sceneProperty().addListener((obs, old, scene) -> followLayoutOf(old, scene));
    }

    /** Shows {@code node} on the page, with nothing selected or marked. */
    public void setContent(Node node) {
        content = node;
        getChildren().setAll(node == null ? List.of(layer) : List.of(node, layer));
        labels = List.of();
        marks = List.of();
        clearSelection();
    }

    public ReadOnlyBooleanProperty hasSelectionProperty() {
        return hasSelection.getReadOnlyProperty();
    }

    public void clearSelection() {
        anchor = null;
        focus = null;
        redraw();
    }

    /** Puts the selected text on the clipboard, if any is selected. */
    public void copy() {
        putOnClipboard(selectedText());
    }

    /** Puts {@code text} on the system clipboard as plain text, unless it is empty. */
    public static void putOnClipboard(String text) {
        if (!text.isEmpty()) {
            Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text));
        }
    }

    /**
     * For a window with no Edit menu of its own: Ctrl+C and Ctrl+A in {@code scene}, and a context menu with Copy
     * and Select All on the page.
     */
    public void offerCopyIn(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (COPY_KEYS.match(event)) {
                copy();
                event.consume();
            } else if (SELECT_ALL_KEYS.match(event)) {
                selectAll();
                event.consume();
            }
        });
        MenuItem copy = new MenuItem("Copy");
        copy.setAccelerator(COPY_KEYS);
        copy.disableProperty().bind(hasSelection.not());
        copy.setOnAction(event -> copy());
        MenuItem selectAll = new MenuItem("Select All");
        selectAll.setAccelerator(SELECT_ALL_KEYS);
        selectAll.setOnAction(event -> selectAll());
        ContextMenu menu = new ContextMenu(copy, selectAll);
        setOnContextMenuRequested(event -> menu.show(this, event.getScreenX(), event.getScreenY()));
    }

    /** Selects every label's text on the page. */
    public void selectAll() {
        labels = findLabels();
        if (labels.isEmpty()) {
            return;
        }
        anchor = new Place(0, 0);
        focus = new Place(labels.size() - 1, labels.get(labels.size() - 1).getText().length());
        redraw();
    }

    /**
     * The selected text, a line for each label, except that a label beside another in a row follows it after a space
     * (a bullet and its point) or a tab (the cells of a table row), and the labels of a node with {@link #COPIES_AS}
     * give that text once.
     */
    public String selectedText() {
        StringBuilder text = new StringBuilder();
        Label previous = null;
        Node previousUnit = null;
        for (Label label : selectedLabels()) {
            Node unit = copyUnitOf(label);
            if (unit != null && unit == previousUnit) {
                continue;
            }
            String piece = unit != null ? (String) unit.getProperties().get(COPIES_AS) : selectedPartOf(label);
            previousUnit = unit;
            if (piece.isEmpty()) {
                continue;
            }
            if (previous != null) {
                text.append(separator(previous, label));
            }
            text.append(piece);
            previous = label;
        }
        return text.toString();
    }

    /** The labels the selection touches, in reading order. */
    public List<Label> selectedLabels() {
        if (!hasSelection.get()) {
            return List.of();
        }
        Place from = start();
        Place to = end();
        List<Label> touched = new ArrayList<>();
        for (int index = from.label(); index <= to.label() && index < labels.size(); index++) {
            if (index < to.label() || to.offset() > 0 || from.label() == to.label()) {
                touched.add(labels.get(index));
            }
        }
        return touched;
    }

    /** Every label on the page in reading order, the text that can be selected and marked. */
    public List<Label> labels() {
        labels = findLabels();
        return labels;
    }

    /** The ranges of text marked now. */
    public List<Mark> marks() {
        return marks;
    }

    /** Marks these ranges of text, in place of those marked before. */
    public void setMarks(List<Mark> marksToShow) {
        marks = List.copyOf(marksToShow);
        redraw();
    }

    private String selectedPartOf(Label label) {
        int index = labels.indexOf(label);
        Place from = start();
        Place to = end();
        String text = label.getText();
        int begin = index == from.label() ? Math.min(from.offset(), text.length()) : 0;
        int finish = index == to.label() ? Math.min(to.offset(), text.length()) : text.length();
        return begin < finish ? text.substring(begin, finish) : "";
    }

    private Node copyUnitOf(Label label) {
        for (Node node = label; node != null && node != this; node = node.getParent()) {
            if (node.getProperties().containsKey(COPIES_AS)) {
                return node;
            }
        }
        return null;
    }

    private static String separator(Label previous, Label next) {
        Parent row = next.getParent();
        if (row == previous.getParent() && row instanceof HBox) {
            return " ";
        }
        if (row == previous.getParent() && row instanceof GridPane
                && rowOf(previous) == rowOf(next)) {
            return "\t";
        }
        return "\n";
    }

    private static int rowOf(Node cell) {
        Integer row = GridPane.getRowIndex(cell);
        return row == null ? 0 : row;
    }

    private Place start() {
        return focus.isBefore(anchor) ? focus : anchor;
    }

    private Place end() {
        return focus.isBefore(anchor) ? anchor : focus;
    }

    private void onPressed(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || isOnControl(event)) {
            return;
        }
        labels = findLabels();
        pressedAt = new Point2D(event.getSceneX(), event.getSceneY());
        Place place = placeAt(event.getSceneX(), event.getSceneY());
        if (place == null) {
            clearSelection();
            return;
        }
        if (event.getClickCount() == 2) {
            selectWordAt(place);
        } else if (event.getClickCount() >= 3) {
            anchor = new Place(place.label(), 0);
            focus = new Place(place.label(), labels.get(place.label()).getText().length());
        } else if (event.isShiftDown() && anchor != null) {
            focus = place;
        } else {
            anchor = place;
            focus = place;
        }
        redraw();
    }

    private void onDragged(MouseEvent event) {
        if (anchor == null || !event.isPrimaryButtonDown()) {
            return;
        }
        Place place = placeAt(event.getSceneX(), event.getSceneY());
        if (place != null) {
            focus = place;
            redraw();
        }
    }

    /** The release settles where the selection ends, in case the last move arrived as no drag. */
    private void onReleased(MouseEvent event) {
        boolean moved = pressedAt != null && pressedAt.distance(event.getSceneX(), event.getSceneY()) > CLICK_SLOP;
        if (anchor != null && moved && event.getButton() == MouseButton.PRIMARY) {
            Place place = placeAt(event.getSceneX(), event.getSceneY());
            if (place != null) {
                focus = place;
                redraw();
            }
        }
        pressedAt = null;
    }

    private static boolean isOnControl(MouseEvent event) {
        for (Node node = event.getPickResult().getIntersectedNode(); node != null; node = node.getParent()) {
            if (node instanceof ButtonBase || node instanceof ScrollBar) {
                return true;
            }
        }
        return false;
    }

    private void selectWordAt(Place place) {
        String text = labels.get(place.label()).getText();
        BreakIterator words = BreakIterator.getWordInstance();
        words.setText(text);
        int offset = Math.min(place.offset(), Math.max(0, text.length() - 1));
        int end = text.isEmpty() ? 0 : words.following(offset);
        int start = text.isEmpty() ? 0 : words.preceding(end);
        anchor = new Place(place.label(), Math.max(0, start));
        focus = new Place(place.label(), end == BreakIterator.DONE ? text.length() : end);
    }

    /** The place in the text nearest to a point of the scene: in the label under it, or the closest label. */
    private Place placeAt(double sceneX, double sceneY) {
        int nearest = -1;
        double nearestDistance = Double.MAX_VALUE;
        for (int index = 0; index < labels.size(); index++) {
            Bounds bounds = labels.get(index).localToScene(labels.get(index).getLayoutBounds());
            double dx = Math.max(0, Math.max(bounds.getMinX() - sceneX, sceneX - bounds.getMaxX()));
            double dy = Math.max(0, Math.max(bounds.getMinY() - sceneY, sceneY - bounds.getMaxY()));
            double distance = dx * dx + dy * dy * 4;
            if (distance < nearestDistance) {
                nearest = index;
                nearestDistance = distance;
            }
        }
        if (nearest < 0) {
            return null;
        }
        Label label = labels.get(nearest);
        Text text = textOf(label);
        if (text == null) {
            return new Place(nearest, 0);
        }
        int offset = text.hitTest(text.sceneToLocal(sceneX, sceneY)).getInsertionIndex();
        return new Place(nearest, Math.max(0, Math.min(offset, label.getText().length())));
    }

    private List<Label> findLabels() {
        List<Label> found = new ArrayList<>();
        if (content != null) {
            for (Node node : content.lookupAll(".label")) {
                if (node instanceof Label label && label.getText() != null && isShown(label)) {
                    found.add(label);
                }
            }
        }
        return found;
    }

    private boolean isShown(Node node) {
        for (Node at = node; at != null && at != this; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static Text textOf(Label label) {
        return label.lookup(".text") instanceof Text text ? text : null;
    }

    private void followLayoutOf(Scene old, Scene scene) {
        if (old != null) {
            old.removePostLayoutPulseListener(redrawAfterLayout);
        }
        if (scene != null) {
            scene.addPostLayoutPulseListener(redrawAfterLayout);
        }
    }

    /** Draws again after a layout pass that moved or reflowed the text. */
    private void redrawIfMoved() {
        boolean anythingToDraw = !marks.isEmpty() || hasSelection.get();
        if (content != null && anythingToDraw && (incomplete || !content.getBoundsInParent().equals(drawnFor))) {
            redraw();
        }
    }

    private void redraw() {
        hasSelection.set(anchor != null && !anchor.equals(focus));
        drawnFor = content == null ? null : content.getBoundsInParent();
        incomplete = false;
        List<Path> shapes = new ArrayList<>();
        for (Mark mark : marks) {
            shape(mark.label(), mark.start(), mark.end(),
                    mark.current() ? Styles.SEARCH_MARK_CURRENT : Styles.SEARCH_MARK, shapes);
        }
        if (hasSelection.get()) {
            Place from = start();
            Place to = end();
            for (int index = from.label(); index <= to.label() && index < labels.size(); index++) {
                Label label = labels.get(index);
                int begin = index == from.label() ? from.offset() : 0;
                int finish = index == to.label() ? to.offset() : label.getText().length();
                shape(label, begin, finish, Styles.TEXT_SELECTION, shapes);
            }
        }
        layer.getChildren().setAll(shapes);
    }

    private void shape(Label label, int start, int end, String styleClass, List<Path> shapes) {
        Text text = textOf(label);
        if (start >= end) {
            return;
        }
        if (text == null || label.getScene() == null) {
            incomplete = true;
            return;
        }
        Path path = new Path();
        for (PathElement element : text.rangeShape(start, Math.min(end, text.getText().length()))) {
            path.getElements().add(inLayer(text, element));
        }
        path.getStyleClass().add(styleClass);
        path.setManaged(false);
        shapes.add(path);
    }

    private PathElement inLayer(Text text, PathElement element) {
        if (element instanceof MoveTo move) {
            Point2D point = layer.sceneToLocal(text.localToScene(move.getX(), move.getY()));
            return new MoveTo(point.getX(), point.getY());
        }
        if (element instanceof LineTo line) {
            Point2D point = layer.sceneToLocal(text.localToScene(line.getX(), line.getY()));
            return new LineTo(point.getX(), point.getY());
        }
        return new ClosePath();
    }
}
