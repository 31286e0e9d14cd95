package org.boardpack.extract.minutes;

import java.util.List;
import java.util.regex.Pattern;
import org.boardpack.extract.lexicon.Lexicon;

/**
 * Minutes set as a grid whose first column holds the items ({@code Item | Subject | Discussion |
 * Decision}): the one home for telling that column by its heading ({@code agenda-item-labels},
 * perhaps with {@code No.}), its title column by its heading ({@code agenda-title-columns}), and an
 * item number as such a column prints it. Read by the agenda items (a row's title) and the
 * decisions (a row's item) of the same grid.
 */
public final class ItemGrid {

    private static final Pattern ITEM_HEADER = Pattern.compile(
            "^(?i:" + Lexicon.alternation("agenda-item-labels") + ")\\s*(?:no\\.?)?$");
    private static final Pattern NUMBER_HEADER = Pattern.compile("^(?i:no)\\.?$");
    private static final Pattern TITLE_HEADER = Pattern.compile("^(?i:" + Lexicon.alternation("agenda-title-columns") + ")$");
    /** An item number as a grid's item column prints it: {@code 4}, {@code 4.1}, {@code 23/04}, {@code TB 23/45}. */
    private static final Pattern ITEM_NUMBER = Pattern.compile("^(?:[A-Z]{1,4}\\s?)?\\d{1,4}(?:[./]\\d{1,4}){0,2}\\.?$");
    private static final Pattern CLOSING_MARK = Pattern.compile("[.:)]$");

    private ItemGrid() {
    }

    /** Whether a header cell names the items' column ({@code Item}, {@code Agenda item}, {@code Minute No.}). */
    public static boolean headsItems(String cell) {
        return ITEM_HEADER.matcher(cell.strip()).matches();
    }

    /**
     * Whether a header row is an item grid's with the items' titles beside their numbers: the first
     * heading names the items or their numbers ({@code No.}), the second their titles ({@code Subject}).
     */
    public static boolean titledBeside(List<String> header) {
        String first = header.get(0).strip();
        return header.size() > 1 && (headsItems(first) || NUMBER_HEADER.matcher(first).matches())
                && TITLE_HEADER.matcher(header.get(1).strip()).matches();
    }

    /** The item number a cell of the items' column prints, without its closing stop, or null when it prints none. */
    public static String number(String cell) {
        String s = cell.strip();
        return ITEM_NUMBER.matcher(s).matches() ? s.replaceAll("\\.$", "") : null;
    }

    /** An item number as its heading prints it ({@code 4.}, {@code 4:}, {@code 4)}) without the closing mark. */
    public static String bare(String number) {
        return CLOSING_MARK.matcher(number).replaceAll("");
    }
}
