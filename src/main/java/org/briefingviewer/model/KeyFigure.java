package org.briefingviewer.model;

import java.util.List;

/**
 * One number worth remembering.
 *
 * @param value       the figure as it stands now
 * @param before      the figure before a change, or {@code null} when the source gives no earlier value
 * @param prefix      text written before the number, such as a currency sign, or {@code null}
 * @param unit        text written after the number, such as "%" or "billion", or {@code null}
 * @param approximate whether the source gives the figure as approximate ("around")
 */
public record KeyFigure(String id, List<String> cites, String label, double value, Double before, String prefix,
                        String unit, boolean approximate) implements Block {

    public KeyFigure {
        cites = Lists.copyOrEmpty(cites);
    }

    public boolean hasBefore() {
        return before != null;
    }
}
