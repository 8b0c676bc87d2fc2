package org.briefingviewer.help;

import java.util.List;
import java.util.stream.Collectors;
import org.briefingviewer.ui.KeyRow;

/** {@code docs/keyboard.md}, made from the key lists the window and presenting answer and show. */
public final class KeyReference {

    private KeyReference() {
    }

    /** The reference as Markdown, from the reading window's actions and the presenting key table. */
    public static String markdown(List<KeyRow> reading, List<KeyRow> presenting) {
        return "# Keyboard reference\n\n"
                + "Made from the actions the reading window installs and from the presenting key table, the same "
                + "lists the help overlays (F1) show; `KeyboardReferenceTest` keeps this file the same. On macOS, "
                + "Cmd takes the place of Ctrl.\n\n"
                + "## Reading\n\n" + table(reading) + "\n## Presenting\n\n" + table(presenting);
    }

    private static String table(List<KeyRow> rows) {
        return rows.stream().map(row -> "| " + row.keys() + " | " + row.action() + " |")
                .collect(Collectors.joining("\n", "| Keys | Action |\n| --- | --- |\n", "\n"));
    }
}
