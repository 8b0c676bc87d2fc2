package org.briefingviewer.presenter;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.binding.DoubleBinding;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.briefingviewer.ui.Styles;

/**
 * All panels as a grid of numbered, titled thumbnails, the chosen one marked. Rows are built only while they are
 * on screen, so a briefing of thousands of panels opens its overview as fast as one of five.
 */
final class Overview {

    static final int COLUMNS = 4;
    private static final double GAP = 20;
    private static final double MARGIN = 80;
    private static final double TILE_CHROME = 32;
    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");

    private final PresentationViewModel viewModel;
    private final ListView<Integer> rows = new ListView<>();
    private final List<Row> cells = new ArrayList<>();
    private final DoubleBinding tileWidth;
    private final Subscription subscription;

    Overview(PresentationViewModel viewModel) {
        this.viewModel = viewModel;
        rows.getStyleClass().add(Styles.OVERVIEW);
        rows.setFocusTraversable(false);
        rows.visibleProperty().bind(viewModel.overviewShownProperty());
        tileWidth = rows.widthProperty().subtract(MARGIN + GAP * (COLUMNS - 1)).divide(COLUMNS)
                .subtract(TILE_CHROME);
        rows.setCellFactory(list -> {
            Row row = new Row();
            cells.add(row);
            return row;
        });
        subscription = viewModel.overviewShownProperty().subscribe((was, shown) -> {
            if (shown) {
                open();
            } else {
                rows.setItems(FXCollections.observableArrayList());
            }
        }).and(viewModel.overviewChoiceProperty().subscribe((old, chosen) -> {
            cells.forEach(Row::markChoice);
            rows.scrollTo(Math.max(0, chosen.intValue() / COLUMNS - 1));
        }));
    }

    Node node() {
        return rows;
    }

    /** What keeps the grid following the presentation; ended when the audience view closes. */
    Subscription subscription() {
        return subscription;
    }

    /** Fills the grid from the briefing now, so it shows the version last reloaded. */
    private void open() {
        int count = (viewModel.getReader().getPanels().size() + COLUMNS - 1) / COLUMNS;
        rows.setItems(FXCollections.observableList(IntStream.range(0, count).boxed().toList()));
        cells.forEach(Row::rebuild);
        rows.scrollTo(Math.max(0, viewModel.overviewChoiceProperty().get() / COLUMNS - 1));
    }

    private VBox tile(int index) {
        FittedSlide thumbnail = new FittedSlide(tileWidth.get());
        thumbnail.prefWidthProperty().bind(tileWidth);
        thumbnail.prefHeightProperty().bind(tileWidth.multiply(Slide.HEIGHT / Slide.WIDTH));
        thumbnail.show(Slides.thumbnail(viewModel, index));
        Label title = new Label((index + 1) + "  " + viewModel.getReader().getPanels().get(index).title());
        title.getStyleClass().add(Styles.TILE_TITLE);
        title.maxWidthProperty().bind(tileWidth);
        VBox tile = new VBox(thumbnail, title);
        tile.getStyleClass().add(Styles.OVERVIEW_TILE);
        tile.setOnMouseClicked(event -> {
            viewModel.moveOverviewChoice(index - viewModel.overviewChoiceProperty().get());
            viewModel.pickOverviewChoice();
            event.consume();
        });
        return tile;
    }

    /** A row of up to {@link #COLUMNS} tiles. */
    private final class Row extends ListCell<Integer> {

        private final HBox tiles = new HBox(GAP);
        private Integer shown;

        Row() {
            getStyleClass().add(Styles.OVERVIEW_ROW);
            setText(null);
        }

        @Override
        protected void updateItem(Integer row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                shown = null;
                tiles.getChildren().clear();
                setGraphic(null);
            } else if (!row.equals(shown)) {
                shown = row;
                rebuild();
            }
        }

        /** As tall as its tiles: the theme gives list cells a fixed height otherwise. */
        @Override
        protected double computePrefHeight(double width) {
            Insets insets = getInsets();
            return shown == null ? super.computePrefHeight(width)
                    : insets.getTop() + tiles.prefHeight(-1) + insets.getBottom();
        }

        void rebuild() {
            if (shown == null) {
                return;
            }
            int panels = viewModel.getReader().getPanels().size();
            tiles.getChildren().setAll(IntStream.range(shown * COLUMNS, Math.min(panels, (shown + 1) * COLUMNS))
                    .mapToObj(Overview.this::tile).toList());
            setGraphic(tiles);
            markChoice();
        }

        void markChoice() {
            if (shown == null) {
                return;
            }
            int chosen = viewModel.overviewChoiceProperty().get();
            for (int column = 0; column < tiles.getChildren().size(); column++) {
                tiles.getChildren().get(column).pseudoClassStateChanged(CHOSEN, shown * COLUMNS + column == chosen);
            }
        }
    }
}
