package org.briefingviewer.bundle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;

/**
 * A bar chart written as a table: the header names the chart and its unit ({@code | What was committed | USD
 * billion |}), each row a bar's label and value.
 */
final class MarkdownCharts {

    private MarkdownCharts() {
    }

    static ObjectNode barChart(MarkdownBlocks blocks, ObjectNode block, List<TableCell> header,
                               List<List<TableCell>> rows, String path) {
        List<MarkdownInlines> texts = new ArrayList<>();
        if (header.size() != 2) {
            blocks.problems().add(blocks.locations().problemAt(path, "a chart's table has two columns, the label"
                    + " and the value; this one has " + header.size(), "Write '| Chart title | unit |' as its"
                    + " header and one '| label | value |' row per bar."));
        }
        block.put("title", header.isEmpty() ? "" : blocks.cell(header.get(0), path + ".title", texts));
        block.put("unit", header.size() < 2 ? "" : blocks.cell(header.get(1), path + ".unit", texts));
        ArrayNode bars = block.putArray("bars");
        for (List<TableCell> row : rows) {
            String barPath = path + ".bars[" + bars.size() + "]";
            ObjectNode bar = bars.addObject();
            bar.put("label", row.isEmpty() ? "" : blocks.cell(row.get(0), barPath + ".label", texts));
            String value = row.size() < 2 ? "" : blocks.cell(row.get(1), barPath + ".value", texts);
            try {
                bar.put("value", MarkdownFigures.number(value.strip()));
            } catch (NumberFormatException e) {
                bar.put("value", 0);
                blocks.problems().add(blocks.locations().problemAt(barPath + ".value", "'" + value + "' is not a"
                        + " number", "Write the bar's value as a plain number, such as 350 or 28,500."));
            }
        }
        blocks.cites(block, path, texts);
        return block;
    }
}
