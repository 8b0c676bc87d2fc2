package org.briefingviewer.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingviewer.model.Block;
import org.briefingviewer.model.BlockText;
import org.briefingviewer.model.Briefing;
import org.briefingviewer.model.Panel;
import org.briefingviewer.ui.TextRange;

/**
 * Every searchable text of a briefing, folded for case- and accent-insensitive matching. Built once per loaded
 * briefing; each query scans the folded texts, which is fast enough for thousands of panels.
 */
public final class SearchIndex {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern QUERY_PARTS = Pattern.compile("\"([^\"]*)\"|(\\S+)");
    private static final int SNIPPET_CONTEXT = 40;
    /** How a hit in the reader's own notes is told from the briefing's text. */
    static final String YOUR_NOTE = "Your note: ";

    /** One searchable text: a panel title, or a block's text. {@code blockId} is null for a title. */
    record Entry(Panel panel, String blockId, String text, String folded) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final List<Panel> panels;

    public SearchIndex(Briefing briefing) {
        panels = briefing.panels();
        for (Panel panel : briefing.panels()) {
            add(panel, null, panel.title());
            if (panel.summary() != null) {
                add(panel, null, panel.summary());
            }
            for (Block block : panel.blocks()) {
                add(panel, block.id(), BlockText.of(block));
            }
        }
    }

    /** Results in briefing order; a query is words and "quoted phrases", all of which must appear. */
    public List<SearchResult> search(String query) {
        List<String> terms = terms(query);
        List<SearchResult> results = new ArrayList<>();
        if (terms.isEmpty()) {
            return results;
        }
        for (Entry entry : entries) {
            if (terms.stream().allMatch(entry.folded()::contains)) {
                results.add(resultFor(entry, terms.get(0)));
            }
        }
        return results;
    }

    /** Matches in the reader's own notes, by panel id, in briefing order; a note's result has no block. */
    public List<SearchResult> searchNotes(String query, Map<String, String> notesByPanel) {
        List<String> terms = terms(query);
        List<SearchResult> results = new ArrayList<>();
        if (terms.isEmpty()) {
            return results;
        }
        for (Panel panel : panels) {
            String note = notesByPanel.get(panel.id());
            if (note != null) {
                Entry entry = new Entry(panel, null, YOUR_NOTE + note, fold(YOUR_NOTE + note));
                if (terms.stream().allMatch(entry.folded()::contains)) {
                    results.add(resultFor(entry, terms.get(0)));
                }
            }
        }
        return results;
    }

    /** Where each word and phrase of {@code query} appears in {@code text}, in order, by the same matching. */
    public static List<TextRange> rangesIn(String query, String text) {
        String folded = fold(text);
        List<TextRange> ranges = new ArrayList<>();
        for (String term : terms(query)) {
            for (int at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length())) {
                ranges.add(new TextRange(at, at + term.length()));
            }
        }
        ranges.sort(Comparator.comparingInt(TextRange::start));
        return ranges;
    }

    static List<String> terms(String query) {
        List<String> terms = new ArrayList<>();
        Matcher matcher = QUERY_PARTS.matcher(query == null ? "" : query);
        while (matcher.find()) {
            String term = fold(matcher.group(1) != null ? matcher.group(1) : matcher.group(2)).trim();
            if (!term.isEmpty()) {
                terms.add(term);
            }
        }
        return terms;
    }

    /** Lower case without accents, one character for one character, so positions carry over. */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String character = String.valueOf(text.charAt(i));
            String stripped = COMBINING_MARKS.matcher(Normalizer.normalize(character, Normalizer.Form.NFD))
                    .replaceAll("");
            folded.append(stripped.length() == 1 ? stripped.toLowerCase(Locale.ROOT).charAt(0)
                    : Character.toLowerCase(text.charAt(i)));
        }
        return folded.toString().replace('’', '\'');
    }

    private SearchResult resultFor(Entry entry, String firstTerm) {
        int at = entry.folded().indexOf(firstTerm);
        String text = entry.text();
        int start = afterSpace(text, Math.max(0, at - SNIPPET_CONTEXT), at);
        int end = beforeSpace(text, Math.min(text.length(), at + firstTerm.length() + SNIPPET_CONTEXT),
                at + firstTerm.length());
        String prefix = start > 0 ? "…" : "";
        String suffix = end < entry.text().length() ? "…" : "";
        String snippet = prefix + entry.text().substring(start, end) + suffix;
        int highlightStart = prefix.length() + at - start;
        return new SearchResult(entry.panel().id(), entry.panel().title(), entry.blockId(), snippet,
                highlightStart, highlightStart + firstTerm.length());
    }

    /** {@code from}, moved on to the start of the next word unless it starts one, but never past {@code limit}. */
    private static int afterSpace(String text, int from, int limit) {
        if (from == 0 || Character.isWhitespace(text.charAt(from - 1))) {
            return from;
        }
        int space = text.indexOf(' ', from);
        return space < 0 || space >= limit ? from : space + 1;
    }

    /** {@code to}, moved back to the end of the word before unless a word ends there, never before {@code limit}. */
    private static int beforeSpace(String text, int to, int limit) {
        if (to == text.length() || Character.isWhitespace(text.charAt(to))) {
            return to;
        }
        int space = text.lastIndexOf(' ', to);
        return space < limit ? to : space;
    }

    private void add(Panel panel, String blockId, String text) {
        if (text != null && !text.isBlank()) {
            entries.add(new Entry(panel, blockId, text, fold(text)));
        }
    }
}
