package org.briefingviewer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefingviewer.bundle.BriefingLoader;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.reader.ReaderViewModel;
import org.junit.jupiter.api.Test;

/** The index and the view-model, without the FX toolkit. */
class SearchTest {

    private static final Briefing SUMMIT = new BriefingLoader().loadEmbedded();
    private final SearchIndex index = new SearchIndex(SUMMIT);

    @Test
    void findsTextInAnyPanelIgnoringCaseAndAccents() {
        assertThat(index.search("SHIPBUILDING")).extracting(SearchResult::panelId).contains("industries");
        assertThat(index.search("shípbuïlding")).isEqualTo(index.search("shipbuilding"));
    }

    @Test
    void quotedPhrasesMustAppearAsWritten() {
        assertThat(index.search("\"elbridge colby\"")).singleElement()
                .satisfies(result -> assertThat(result.panelId()).isEqualTo("defense"));
        assertThat(index.search("\"colby elbridge\"")).isEmpty();
        assertThat(index.search("colby elbridge")).hasSize(1);
    }

    @Test
    void figuresAndPanelTitlesAreSearchable() {
        assertThat(index.search("28,500")).extracting(SearchResult::blockId).contains("defense-troops");
        assertThat(index.search("alliance outlook")).extracting(SearchResult::blockId).contains((String) null);
    }

    @Test
    void snippetMarksTheMatch() {
        SearchResult result = index.search("semiconductors").get(0);

        assertThat(result.snippet().substring(result.highlightStart(), result.highlightEnd()))
                .isEqualToIgnoringCase("semiconductors");
    }

    @Test
    void snippetsBreakBetweenWords() {
        for (SearchResult result : index.search("tariff")) {
            String snippet = result.snippet();
            String inner = snippet.replaceAll("^…", "").replaceAll("…$", "");
            String whole = SUMMIT.panels().stream().flatMap(panel -> panel.blocks().stream())
                    .map(org.briefingviewer.model.BlockText::of).filter(text -> text.contains(inner)).findFirst()
                    .orElse(null);
            if (whole == null) {
                continue;
            }
            int at = whole.indexOf(inner);
            assertThat(at == 0 || !Character.isLetterOrDigit(whole.charAt(at - 1))).as(snippet).isTrue();
            int after = at + inner.length();
            assertThat(after == whole.length() || !Character.isLetterOrDigit(whole.charAt(after))).as(snippet)
                    .isTrue();
        }
    }

    @Test
    void apostrophesMatchWhicheverIsTyped() {
        assertThat(index.search("lee's office")).isNotEmpty().isEqualTo(index.search("lee’s office"));
    }

    @Test
    void viewModelReportsNoMatchAndOpensResultsInTurn() {
        ReaderViewModel reader = new ReaderViewModel(SUMMIT);
        SearchViewModel search = new SearchViewModel(reader, Runnable::run, Runnable::run);

        search.queryProperty().set("zeppelin");
        assertThat(search.statusProperty().get()).isEqualTo("No match for zeppelin");

        search.queryProperty().set("\"joint defense\"");
        List<SearchResult> results = List.copyOf(search.getResults());
        assertThat(search.statusProperty().get()).isEqualTo(results.size() + " matches");

        search.next();
        assertThat(reader.getSelectedPanel().id()).isEqualTo(results.get(0).panelId());
        assertThat(search.chosenProperty().get()).isEqualTo(results.get(0));
        assertThat(search.statusProperty().get()).isEqualTo("1 of " + results.size());
        search.previous();
        assertThat(search.selectedIndexProperty().get()).isEqualTo(results.size() - 1);
        assertThat(search.statusProperty().get()).isEqualTo(results.size() + " of " + results.size());
    }

    @Test
    void notesAreSearchedOnlyWhenAskedFor() {
        ReaderViewModel reader = new ReaderViewModel(SUMMIT);
        SearchViewModel search = new SearchViewModel(reader, Runnable::run, Runnable::run);
        search.searchNotesFrom(() -> java.util.Map.of("trade", "Ask the ambassador"));

        search.queryProperty().set("ambassador");
        assertThat(search.getResults()).isEmpty();

        search.includeNotesProperty().set(true);
        assertThat(search.getResults()).singleElement().satisfies(result -> {
            assertThat(result.panelId()).isEqualTo("trade");
            assertThat(result.snippet()).startsWith("Your note: ");
        });
    }

    @Test
    void nothingIsIndexedUntilTheFirstSearchAndAReloadIsSearchedAfresh() {
        ReaderViewModel reader = new ReaderViewModel(SUMMIT);
        List<Runnable> searchThread = new java.util.ArrayList<>();
        SearchViewModel search = new SearchViewModel(reader, searchThread::add, Runnable::run);
        assertThat(searchThread).as("no work when the briefing opens").isEmpty();

        search.queryProperty().set("semiconductors");
        searchThread.forEach(Runnable::run);
        assertThat(search.getResults()).isNotEmpty();

        searchThread.clear();
        reader.reload(new Briefing(SUMMIT.formatVersion(), SUMMIT.metadata(), SUMMIT.sources(),
                SUMMIT.panels().subList(0, 1), SUMMIT.images()));
        searchThread.forEach(Runnable::run);
        assertThat(search.getResults()).as("only Overview is left, which does not name them").isEmpty();
    }

    @Test
    void staleResultsNeverReplaceNewerOnes() {
        ReaderViewModel reader = new ReaderViewModel(SUMMIT);
        List<Runnable> queued = new java.util.ArrayList<>();
        SearchViewModel search = new SearchViewModel(reader, Runnable::run, queued::add);
        queued.clear();

        search.queryProperty().set("trade");
        search.queryProperty().set("batteries");
        queued.get(1).run();
        queued.get(0).run();

        assertThat(search.getResults()).allSatisfy(result ->
                assertThat(result.snippet().toLowerCase()).contains("batteries"));
    }
}
