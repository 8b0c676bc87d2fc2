package org.briefingviewer.bundle;

import java.util.regex.Pattern;

/** Text written into Markdown so that it reads back as the same text, never as markup. */
final class Escapes {

    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>&|!~])");
    private static final Pattern LINE_START = Pattern.compile("^([#+=-]|\\d+(?=[.)]))");

    private Escapes() {
    }

    /** Text inside a line, after other text. */
    static String inline(String text) {
        return SPECIAL.matcher(text.replace('\n', ' ')).replaceAll("\\\\$1");
    }

    /** Text that starts a line, where '#', '-' or '1.' would start a heading or a list. */
    static String line(String text) {
        String escaped = inline(text);
        var start = LINE_START.matcher(escaped);
        if (!start.find()) {
            return escaped;
        }
        return start.group(1).chars().allMatch(Character::isDigit)
                ? escaped.substring(0, start.end()) + "\\" + escaped.substring(start.end())
                : "\\" + escaped;
    }

    /** A link or picture address, in angle brackets where it holds spaces or brackets. */
    static String destination(String address) {
        return address.matches(".*[\\s()<>].*") ? "<" + address.replace("<", "%3C").replace(">", "%3E") + ">"
                : address;
    }
}
