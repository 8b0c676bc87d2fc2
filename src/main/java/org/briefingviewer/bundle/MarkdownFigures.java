package org.briefingviewer.bundle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures as a person writes them: {@code $350 billion}, {@code 25% → 15%}, {@code ≈ 28,500}. A sign of up to
 * eight characters may stand before the number and a unit after it; an earlier value before an arrow; "≈" marks a
 * figure the source gives as approximate.
 */
final class MarkdownFigures {

    static final String APPROXIMATELY = "≈ ";
    static final String ARROW = " → ";

    private static final Pattern FIGURE = Pattern.compile(
            "(?:(≈|~)\\s*)?(?:(.+?)\\s*(?:→|->)\\s*)?(.+)");
    private static final Pattern AMOUNT = Pattern.compile("([^\\d\\s.,+-]{0,8})\\s?(-?\\d[\\d,]*(?:\\.\\d+)?)\\s*(.*)");

    private MarkdownFigures() {
    }

    /** Sets the figure's value, before, prefix, unit and approximate on {@code block}; false when unreadable. */
    static boolean read(String text, ObjectNode block) {
        Matcher figure = FIGURE.matcher(text.strip());
        if (!figure.matches()) {
            return false;
        }
        Matcher now = AMOUNT.matcher(figure.group(3).strip());
        if (!now.matches()) {
            return false;
        }
        if (figure.group(2) != null) {
            Matcher before = AMOUNT.matcher(figure.group(2).strip());
            if (!before.matches()) {
                return false;
            }
            block.put("before", number(before.group(2)));
        }
        block.put("value", number(now.group(2)));
        if (!now.group(1).isEmpty()) {
            block.put("prefix", now.group(1));
        }
        if (!now.group(3).isBlank()) {
            block.put("unit", now.group(3).strip());
        }
        if (figure.group(1) != null) {
            block.put("approximate", true);
        }
        return true;
    }

    /** A number as written with thousands separators, as the exact decimal it states. */
    static BigDecimal number(String written) {
        return new BigDecimal(written.replace(",", ""));
    }
}
