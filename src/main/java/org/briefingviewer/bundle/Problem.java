package org.briefingviewer.bundle;

import java.util.Comparator;

/**
 * One thing wrong with a bundle.
 *
 * @param file   the file the problem is in, as the reader would name it (a bundle file, or an entry of a folder or
 *               archive such as {@code briefing.briefing!briefing.json})
 * @param path   where in the document, as a JSON path such as {@code $.panels[1].blocks[0].cites[0]}
 * @param line   1-based line of that place, or 0 when unknown
 * @param column 1-based column of that place, or 0 when unknown
 * @param hint   what to do about it, or {@code null}
 */
public record Problem(Severity severity, String file, String path, int line, int column, String message,
                      String hint) {

    public enum Severity { ERROR, WARNING }

    public static final Comparator<Problem> IN_DOCUMENT_ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line).thenComparingInt(Problem::column).thenComparing(Problem::path)
            .thenComparing(Problem::message);

    public static Problem error(String file, String path, int line, int column, String message, String hint) {
        return new Problem(Severity.ERROR, file, path, line, column, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Problem withSeverity(Severity newSeverity) {
        return new Problem(newSeverity, file, path, line, column, message, hint);
    }

    /** One line such as {@code 42:5 $.panels[0]: panel 1 needs 'title'}. */
    public String describe() {
        String where = line > 0 ? line + ":" + column + " " : "";
        return where + (file.endsWith(".md") ? "" : printable(path) + ": ") + printable(message);
    }

    /** The compiler style that editors and pipelines read: {@code file:line:col: error: message}. */
    public String compilerStyle() {
        String kind = severity == Severity.ERROR ? "error" : "warning";
        boolean jsonPathHelps = !path.equals("$") && !file.endsWith(".md");
        return printable(file) + ":" + Math.max(line, 1) + ":" + Math.max(column, 1) + ": " + kind + ": "
                + printable(message) + (jsonPathHelps ? " (at " + printable(path) + ")" : "");
    }

    /**
     * Text from a bundle with its control characters written as escapes, so that no bundle can start a new line of
     * output, forge another file's problem or send a terminal escape sequence.
     */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
