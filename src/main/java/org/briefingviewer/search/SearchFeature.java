package org.briefingviewer.search;

import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.controlsfx.control.textfield.TextFields;
import org.briefingviewer.reader.ReadingArea;
import org.briefingviewer.shell.Action;
import org.briefingviewer.shell.Feature;
import org.briefingviewer.shell.MenuName;
import org.briefingviewer.shell.Shell;
import org.briefingviewer.ui.Styles;

/** The search field above the panel list, its results below the list, and Ctrl+F, F3 and Shift+F3. */
public final class SearchFeature implements Feature {

    private final SearchViewModel viewModel;
    private final ReadingArea reading;
    private final TextField field = TextFields.createClearableTextField();
    private final ListView<SearchResult> results = new ListView<>();

    public SearchFeature(SearchViewModel viewModel, ReadingArea reading) {
        this.viewModel = viewModel;
        this.reading = reading;
    }

    @Override
    public void installInto(Shell shell) {
        field.setId("search-field");
        field.setPromptText("Search (Ctrl+F)");
        field.getStyleClass().add(Styles.SEARCH_FIELD);
        field.setAccessibleText("Search the briefing");
        field.textProperty().bindBidirectional(viewModel.queryProperty());
        field.addEventHandler(KeyEvent.KEY_PRESSED, this::onFieldKey);
        Label status = new Label();
        status.setId("search-status");
        status.getStyleClass().add(Styles.SEARCH_STATUS);
        status.textProperty().bind(viewModel.statusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        CheckBox withNotes = new CheckBox("Include my notes");
        withNotes.setId("search-notes");
        withNotes.selectedProperty().bindBidirectional(viewModel.includeNotesProperty());
        shell.addAboveSidebar(field);
        shell.addAboveSidebar(withNotes);
        shell.addAboveSidebar(status);

        results.setId("search-results");
        results.getStyleClass().add(Styles.SEARCH_RESULTS);
        results.setItems(viewModel.getResults());
        results.setCellFactory(list -> new ResultCell());
        results.setAccessibleText("Search results");
        results.visibleProperty().bind(viewModel.queryProperty().isNotEmpty());
        results.setOnMouseClicked(event -> chooseSelected());
        results.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                chooseSelected();
                event.consume();
            }
        });
        viewModel.selectedIndexProperty().addListener((obs, old, index) -> {
            if (index.intValue() >= 0) {
                results.getSelectionModel().select(index.intValue());
                results.scrollTo(index.intValue());
            }
        });
        shell.addBelowSidebar(results);

        viewModel.chosenProperty().addListener((obs, old, result) -> {
            if (result != null) {
                String query = viewModel.queryProperty().get();
                Platform.runLater(() -> reading.showMatches(text -> SearchIndex.rangesIn(query, text),
                        result.blockId()));
            }
        });
        viewModel.queryProperty().addListener((obs, old, query) -> {
            if (query.isBlank()) {
                reading.clearMark();
            }
        });
        addActions(shell);
    }

    private void addActions(Shell shell) {
        shell.add(Action.of("find", "_Find…", () -> {
            shell.sidebarShownProperty().set(true);
            field.requestFocus();
            field.selectAll();
        }).keys(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN)).in(MenuName.EDIT, 100)
                .described("Search all panels"));
        shell.describeKeys("Enter (in the search field)", "Next match");
        shell.add(Action.of("find-next", "Find _Next", viewModel::next)
                .keys(new KeyCodeCombination(KeyCode.F3)).in(MenuName.EDIT, 101).described("Next match"));
        shell.add(Action.of("find-previous", "Find _Previous", viewModel::previous)
                .keys(new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN)).in(MenuName.EDIT, 102)
                .described("Previous match"));
        shell.describeKeys("Esc (in the search field)", "Clear the search and its marks");
    }

    private void onFieldKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER) {
            viewModel.next();
            event.consume();
        } else if (event.getCode() == KeyCode.DOWN && !viewModel.getResults().isEmpty()) {
            results.requestFocus();
            results.getSelectionModel().selectFirst();
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            viewModel.queryProperty().set("");
            event.consume();
        }
    }

    private void chooseSelected() {
        viewModel.choose(results.getSelectionModel().getSelectedIndex());
    }

    /** A result: the panel's name, then the snippet with the match in bold. */
    private static final class ResultCell extends ListCell<SearchResult> {
        /** Room for the cell's padding and the list's scroll bar, so snippets wrap instead of scrolling. */
        private static final double RESULT_MARGIN = 36;

        @Override
        protected void updateItem(SearchResult result, boolean empty) {
            super.updateItem(result, empty);
            if (empty || result == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            String snippet = result.snippet();
            Text panel = styled(result.panelTitle() + "\n", Styles.RESULT_PANEL);
            Text before = styled(snippet.substring(0, result.highlightStart()), Styles.RESULT_SNIPPET);
            Text match = styled(snippet.substring(result.highlightStart(), result.highlightEnd()), Styles.RESULT_MATCH);
            Text after = styled(snippet.substring(result.highlightEnd()), Styles.RESULT_SNIPPET);
            // An empty Text in a TextFlow shifts the next one's first character out of its style.
            TextFlow flow = new TextFlow(Stream.of(panel, before, match, after)
                    .filter(text -> !text.getText().isEmpty()).toArray(Text[]::new));
            flow.prefWidthProperty().bind(getListView().widthProperty().subtract(RESULT_MARGIN));
            setGraphic(flow);
            setAccessibleText(result.panelTitle() + ": " + snippet);
        }

        private static Text styled(String text, String styleClass) {
            Text node = new Text(text);
            node.getStyleClass().add(styleClass);
            return node;
        }
    }
}
