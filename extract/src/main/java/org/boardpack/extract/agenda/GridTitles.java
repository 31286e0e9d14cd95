package org.boardpack.extract.agenda;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.boardpack.extract.lexicon.Lexicon;
import org.boardpack.ingest.tables.DetectedTable;

/**
 * Item titles of minutes set as a grid ({@code Item | Subject | Discussion | Decision}): a table
 * whose header names its first column as the items' ({@code agenda-item-labels}) and its second as
 * their titles ({@code agenda-title-columns}) gives each numbered row's title as its second cell.
 * The heading line the minutes walker reads across such a row runs on into the discussion and
 * decision cells beside it ({@code Apologies Apologies were received from}).
 */
final class GridTitles {

    private static final Pattern ITEM_HEADER = Pattern.compile(
            "^(?i:" + Lexicon.alternation("agenda-item-labels") + "|no)\\s*(?:no\\.?|\\.)?$");
    private static final Pattern TITLE_HEADER = Pattern.compile("^(?i:" + Lexicon.alternation("agenda-title-columns") + ")$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private record Key(int page, String number) {
    }

    private final Map<Key, String> titles = new HashMap<>();

    GridTitles(List<DetectedTable> tables) {
        for (DetectedTable t : tables) {
            if (t.headerRows() < 1 || t.columns() < 3 || !isGrid(t.rows().getFirst())) {
                continue;
            }
            for (List<String> row : t.rows().subList(t.headerRows(), t.rows().size())) {
                String number = row.get(0).strip();
                String title = SPACES.matcher(row.get(1)).replaceAll(" ").strip();
                if (!number.isEmpty() && !title.isEmpty()) {
                    for (int page = t.page(); page <= t.lastPage(); page++) {
                        titles.putIfAbsent(new Key(page, number), title);
                    }
                }
            }
        }
    }

    private static boolean isGrid(List<String> header) {
        return ITEM_HEADER.matcher(header.get(0).strip()).matches() && TITLE_HEADER.matcher(header.get(1).strip()).matches();
    }

    /** The title the grid prints for this item number on this page, or null. */
    String title(int page, String number) {
        return number == null ? null : titles.get(new Key(page, number.replaceAll("[.:)]$", "")));
    }
}
