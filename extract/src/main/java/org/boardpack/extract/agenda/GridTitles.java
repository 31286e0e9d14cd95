package org.boardpack.extract.agenda;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.boardpack.extract.minutes.ItemGrid;
import org.boardpack.ingest.tables.DetectedTable;

/**
 * Item titles of minutes set as a grid ({@code Item | Subject | Discussion | Decision},
 * {@link ItemGrid}): each numbered row's title is its second cell. The heading line the minutes
 * walker reads across such a row runs on into the discussion and decision cells beside it
 * ({@code Apologies Apologies were received from}).
 */
final class GridTitles {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private record Key(int page, String number) {
    }

    private final Map<Key, String> titles = new HashMap<>();

    GridTitles(List<DetectedTable> tables) {
        for (DetectedTable t : tables) {
            if (t.headerRows() < 1 || t.columns() < 3 || !ItemGrid.titledBeside(t.rows().getFirst())) {
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

    /** The title the grid prints for this item number on this page, or null. */
    String title(int page, String number) {
        return number == null ? null : titles.get(new Key(page, ItemGrid.bare(number)));
    }
}
