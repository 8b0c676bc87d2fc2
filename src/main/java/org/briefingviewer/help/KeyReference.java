package org.briefingviewer.help;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every key the application answers, by mode: the one list that the help overlays show and
 * {@code docs/keyboard.md} is made from, so they cannot drift apart.
 */
public final class KeyReference {

    /** Keys and what they do. */
    public record Binding(String keys, String action) {
    }

    public static final List<Binding> READING = List.of(
            new Binding("Ctrl+1 … Ctrl+9", "Go to panel 1 … 9"),
            new Binding("Ctrl+Page Down, Alt+Right", "Next panel"),
            new Binding("Ctrl+Page Up, Alt+Left", "Previous panel"),
            new Binding("Ctrl+F", "Search all panels"),
            new Binding("Enter, F3 / Shift+F3", "Next / previous match"),
            new Binding("Esc (in the search field)", "Clear the search"),
            new Binding("Tab, then Enter on a citation mark", "Read the cited source paragraph"),
            new Binding("Ctrl+Shift+S", "Source text"),
            new Binding("Ctrl+Shift+N", "My notes"),
            new Binding("Ctrl+= / Ctrl+- / Ctrl+0", "Zoom in / out / actual size"),
            new Binding("F5 / Shift+F5", "Present from the first / the current panel"),
            new Binding("Ctrl+O, Ctrl+Shift+O", "Open a briefing file, a briefing folder"),
            new Binding("Ctrl+Alt+S", "Save the briefing as Markdown, JSON or an archive"),
            new Binding("Ctrl+E", "Export to PDF"),
            new Binding("F1, ?", "This list of keys"),
            new Binding("Ctrl+Q", "Quit"));

    public static final List<Binding> PRESENTING = List.of(
            new Binding("Right, Down, Space, Page Down, N, Enter", "Next step, or next panel"),
            new Binding("Left, Up, Backspace, Page Up, P", "Previous step, or previous panel"),
            new Binding("Home / End", "First / last panel"),
            new Binding("A number, then Enter", "Go to that panel"),
            new Binding("O or G", "Overview of all panels: arrows choose, Enter shows, Esc closes"),
            new Binding("S", "Show or hide the presenter console (notes, timer, next step)"),
            new Binding("B or .", "Black screen (any key returns)"),
            new Binding("W or ,", "White screen (any key returns)"),
            new Binding("F1, ?", "Show or hide this list of keys"),
            new Binding("Esc", "Stop presenting"));

    private KeyReference() {
    }

    /** The reference as Markdown, as kept in {@code docs/keyboard.md}. */
    public static String markdown() {
        return "# Keyboard reference\n\n"
                + "Generated from `KeyReference.java`, which the help overlays show too; "
                + "`KeyReferenceTest` keeps this file the same. On macOS, Cmd takes the place of Ctrl.\n\n"
                + "## Reading\n\n" + table(READING) + "\n## Presenting\n\n" + table(PRESENTING);
    }

    private static String table(List<Binding> bindings) {
        return bindings.stream().map(binding -> "| " + binding.keys() + " | " + binding.action() + " |")
                .collect(Collectors.joining("\n", "| Keys | Action |\n| --- | --- |\n", "\n"));
    }
}
