package org.briefingviewer.reader;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import org.briefingviewer.model.Panel;
import org.briefingviewer.ui.Styles;
import org.kordamp.ikonli.javafx.FontIcon;

/** A sidebar entry: the panel's number, icon and title. Its nodes are made once and reused as it scrolls. */
final class PanelCell extends ListCell<Panel> {

    private final Label number = new Label();
    private final FontIcon icon = new FontIcon();
    private final HBox graphic = new HBox(number, icon);
    private final Text line = new Text("Ag");

    PanelCell() {
        getStyleClass().add(Styles.SIDEBAR_CELL);
        number.getStyleClass().add(Styles.SIDEBAR_NUMBER);
        graphic.getStyleClass().add(Styles.SIDEBAR_GRAPHIC);
    }

    @Override
    protected void updateItem(Panel panel, boolean empty) {
        super.updateItem(panel, empty);
        if (empty || panel == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        int position = getIndex() + 1;
        number.setText(Integer.toString(position));
        icon.setIconCode(PanelIcons.glyph(panel.icon()));
        setGraphic(graphic);
        setText(panel.title());
        setAccessibleText("Panel " + position + ", " + panel.title());
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        fitListToEntries();
    }

    /**
     * Entries are one line each, so the list is told their height (again when the zoom changes it): a list that
     * knows it measures no entries to estimate its length, which made stepping through a long briefing slow.
     */
    private void fitListToEntries() {
        if (isEmpty() || getListView() == null) {
            return;
        }
        line.setFont(getFont());
        double height = snapSizeY(snappedTopInset() + snappedBottomInset()
                + Math.max(line.getLayoutBounds().getHeight(), graphic.prefHeight(-1)));
        if (height != getListView().getFixedCellSize()) {
            getListView().setFixedCellSize(height);
        }
    }
}
