package org.briefingviewer.reader;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import org.briefingviewer.model.Panel;
import org.briefingviewer.ui.Styles;

/** A sidebar entry: the panel's number, icon and title. */
final class PanelCell extends ListCell<Panel> {

    PanelCell() {
        getStyleClass().add(Styles.SIDEBAR_CELL);
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
        int number = getIndex() + 1;
        Label numberLabel = new Label(Integer.toString(number));
        numberLabel.getStyleClass().add(Styles.SIDEBAR_NUMBER);
        HBox graphic = new HBox(numberLabel, PanelIcons.of(panel.icon()));
        graphic.getStyleClass().add(Styles.SIDEBAR_GRAPHIC);
        setGraphic(graphic);
        setText(panel.title());
        setAccessibleText("Panel " + number + ", " + panel.title());
    }
}
