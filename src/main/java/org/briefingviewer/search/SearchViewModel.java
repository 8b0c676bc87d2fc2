package org.briefingviewer.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.reader.ReaderViewModel;

/**
 * Incremental search over the open briefing. The index is built once per briefing and queries run on
 * {@code background}; only the newest query's results are published, on {@code ui}, so typing never waits.
 */
public final class SearchViewModel {

    private final ReaderViewModel reader;
    private final Executor background;
    private final Executor ui;
    private final AtomicLong generation = new AtomicLong();

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final BooleanProperty includeNotes = new SimpleBooleanProperty(this, "includeNotes");
    private Supplier<Map<String, String>> notes = Map::of;
    private final ObservableList<SearchResult> results = FXCollections.observableArrayList();
    private final ObservableList<SearchResult> readOnlyResults = FXCollections.unmodifiableObservableList(results);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(this, "selectedIndex", -1);
    private final ReadOnlyObjectWrapper<SearchResult> chosen = new ReadOnlyObjectWrapper<>(this, "chosen");
    private volatile Briefing toSearch;
    /** Built on the search thread at the first query, so opening a briefing costs no index. */
    private SearchIndex index;
    private Briefing indexed;

    public SearchViewModel(ReaderViewModel reader, Executor background, Executor ui) {
        this.reader = reader;
        this.background = background;
        this.ui = ui;
        toSearch = reader.getBriefing();
        reader.briefingProperty().addListener((obs, old, briefing) -> {
            toSearch = briefing;
            runQuery(query.get());
        });
        query.addListener((obs, old, text) -> runQuery(text));
        includeNotes.addListener((obs, old, include) -> runQuery(query.get()));
    }

    /** Where the reader's own notes come from, for searches that include them. */
    public void searchNotesFrom(Supplier<Map<String, String>> notesByPanel) {
        notes = notesByPanel;
    }

    private void runQuery(String text) {
        long ticket = generation.incrementAndGet();
        Map<String, String> noteTexts = includeNotes.get() ? notes.get() : Map.of();
        background.execute(() -> {
            List<SearchResult> found = new ArrayList<>();
            if (!SearchIndex.terms(text).isEmpty()) {
                SearchIndex current = currentIndex();
                found.addAll(current.search(text));
                found.addAll(current.searchNotes(text, noteTexts));
            }
            ui.execute(() -> publish(ticket, text, found));
        });
    }

    /** The index of the briefing shown now; runs on the search thread only. */
    private SearchIndex currentIndex() {
        Briefing briefing = toSearch;
        if (index == null || indexed != briefing) {
            index = new SearchIndex(briefing);
            indexed = briefing;
        }
        return index;
    }

    private void publish(long ticket, String text, List<SearchResult> found) {
        if (ticket != generation.get()) {
            return;
        }
        results.setAll(found);
        selectedIndex.set(-1);
        if (SearchIndex.terms(text).isEmpty()) {
            status.set("");
        } else if (found.isEmpty()) {
            status.set("No match for " + text.trim());
        } else {
            status.set(found.size() == 1 ? "1 match" : found.size() + " matches");
        }
    }

    /** Opens the result at {@code position} in the list. */
    public void choose(int position) {
        if (position < 0 || position >= results.size()) {
            return;
        }
        selectedIndex.set(position);
        status.set((position + 1) + " of " + results.size());
        SearchResult result = results.get(position);
        reader.select(result.panelId());
        chosen.set(null);
        chosen.set(result);
    }

    public void next() {
        if (!results.isEmpty()) {
            choose((selectedIndex.get() + 1) % results.size());
        }
    }

    public void previous() {
        if (!results.isEmpty()) {
            choose((selectedIndex.get() - 1 + results.size()) % results.size());
        }
    }

    public BooleanProperty includeNotesProperty() {
        return includeNotes;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SearchResult> getResults() {
        return readOnlyResults;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty selectedIndexProperty() {
        return selectedIndex.getReadOnlyProperty();
    }

    /** The result the reader last opened, for the view to scroll to and highlight. */
    public ReadOnlyObjectProperty<SearchResult> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }
}
