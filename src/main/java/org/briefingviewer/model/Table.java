package org.briefingviewer.model;

import java.util.List;

/**
 * Rows of cells under a header row.
 *
 * @param caption a line naming what the table shows, or {@code null}
 * @param header  the column headings
 * @param rows    the body rows, each with at most as many cells as the header
 */
public record Table(String id, List<String> cites, String caption, List<String> header, List<List<String>> rows)
        implements Block {

    public Table {
        cites = Lists.copyOrEmpty(cites);
        header = Lists.copyOrEmpty(header);
        rows = Lists.copyOrEmpty(rows).stream().map(Lists::copyOrEmpty).toList();
    }

    /** The cell at a row and column, empty where the row is shorter than the header. */
    public String cell(int row, int column) {
        List<String> cells = rows.get(row);
        return column < cells.size() ? cells.get(column) : "";
    }

    /** The whole table as one line of text, for search and for screen readers. */
    public String describe() {
        StringBuilder text = new StringBuilder(caption == null ? "Table" : caption).append(": ")
                .append(String.join(", ", header));
        for (List<String> row : rows) {
            text.append("; ").append(String.join(", ", row));
        }
        return text.toString();
    }
}
