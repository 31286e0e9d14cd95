package org.boardpack.extract.decisions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marks of a list in minutes' text: an entry's marker ({@code •}, {@code –}, {@code a.},
 * {@code (ii)}, {@code 3)}), the glue that joins entries ({@code ; and}), a line that introduces
 * a list (ending with {@code :}, {@code ;} or {@code :-}), and a decision's text as kept without
 * them (white space collapsed, the marker, the glue and a closing colon left off).
 */
final class ListMarkers {

    static final Pattern NUMBER_MARKER = Pattern.compile("^\\(?(\\d{1,2}|[ivx]{1,4}|[a-z])[.)]\\s+");
    static final Pattern LIST_ENTRY = Pattern.compile(
            "^(?:[•●▪■◦‣∙·\\-–—*o\uF0B7\uF0A7](?:\\s|$)|\\(?(?:\\d{1,2}|[a-z]|[ivx]{1,4})[.)]\\s)");
    static final Pattern BULLET = Pattern.compile("^[•●▪■◦‣∙·\\-–—*o\uF0B7\uF0A7]\\s+");
    static final Pattern THAT_OR_NUMBERED = Pattern.compile("^(?i:that|to)\\b|^\\(?(\\d{1,2}|[ivx]{1,4}|[a-z])[.)]\\s");
    static final Pattern INTRODUCES = Pattern.compile("(?:[:;]-?|[:;]\\s*[-–—])\\s*$");
    private static final Pattern LIST_GLUE = Pattern.compile("\\s*(?:[;,]\\s*(?:and|or)|;)\\s*$");

    private ListMarkers() {
    }

    /** A decision's text as kept: white space collapsed, a list marker, the list's glue and a closing colon left off. */
    static String clean(String text) {
        String t = NUMBER_MARKER.matcher(text.replaceAll("\\s+", " ").strip()).replaceFirst("");
        t = LIST_GLUE.matcher(t).replaceFirst("").strip();
        return t.replaceAll("\\s*:-?$", "").strip();
    }

    /** The text without the bullet it opens with. */
    static String withoutBullet(String text) {
        return BULLET.matcher(text).replaceFirst("");
    }

    /** Digits or letters (roman numerals count as letters): a list keeps one kind of marker. */
    static String markerKind(String text) {
        Matcher m = NUMBER_MARKER.matcher(text);
        if (!m.find()) {
            return "";
        }
        return Character.isDigit(m.group(1).charAt(0)) ? "digit" : "letter";
    }
}
