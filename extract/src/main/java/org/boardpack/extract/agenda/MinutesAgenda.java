package org.boardpack.extract.agenda;

import org.boardpack.model.agenda.AgendaItem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.boardpack.extract.minutes.Minutes;
import org.boardpack.extract.minutes.MinutesItem;
import org.boardpack.ingest.tables.DetectedTable;

/**
 * The agenda items a set of minutes records: its numbered item headings and sub-headings, in order.
 * A committee minute reference stands for the agenda number where none is printed
 * ({@code FGB 98/2122}); where both are printed the agenda number is the item's number and the
 * minute number its {@code minute_ref}. Numbered paragraphs and the unnumbered text before the
 * first item are not items.
 * <p>
 * Minutes that reprint their agenda as a list above the minuted items give most numbers twice:
 * the list's entries are the items, and the minuted headings repeat them. A number printed twice
 * among otherwise distinct numbers (a council's slip, {@code (Agenda 14)} on two headings) is two
 * items, and so is a letter: lettered items start again at A under each section heading.
 */
public final class MinutesAgenda {

    public List<AgendaItem> items(Minutes minutes, String meetingId) {
        return items(minutes, meetingId, List.of());
    }

    /** @param tables the document's tables: a minutes grid's title column gives its items' titles ({@link GridTitles}) */
    public List<AgendaItem> items(Minutes minutes, String meetingId, List<DetectedTable> tables) {
        GridTitles grid = new GridTitles(tables);
        List<MinutesItem> headings = minutes.items().stream()
                .filter(i -> i.heading() && i.title() != null && (i.number() != null || i.minuteRef() != null))
                .toList();
        boolean reprinted = mostRepeat(headings);
        Set<String> seen = new HashSet<>();
        List<AgendaItem> out = new ArrayList<>();
        for (MinutesItem item : headings) {
            String number = number(item);
            String printed = grid.title(item.page(), number);
            String title = AgendaTitle.clean(printed != null ? printed : item.title());
            if (title == null || !seen.add(ItemKey.of(number)) && reprinted && !lettered(number)) {
                continue;
            }
            String minuteRef = item.number() != null ? item.minuteRef() : null;
            out.add(new AgendaItem(meetingId, number, title, item.lead(), null, item.page(), minuteRef));
        }
        return out;
    }

    private static String number(MinutesItem item) {
        return item.number() != null ? item.number() : item.minuteRef();
    }

    /** Items lettered A, B, C start again under each section heading: a repeated letter is a new item. */
    private static boolean lettered(String number) {
        return number.chars().noneMatch(Character::isDigit);
    }

    /** Whether at least half the numbers are printed twice: an agenda list, then the minutes of it. */
    private static boolean mostRepeat(List<MinutesItem> headings) {
        Map<String, Integer> counts = new HashMap<>();
        headings.stream().map(MinutesAgenda::number).filter(n -> !lettered(n))
                .forEach(n -> counts.merge(ItemKey.of(n), 1, Integer::sum));
        long repeated = counts.values().stream().filter(c -> c > 1).count();
        return !counts.isEmpty() && repeated * 2 >= counts.size();
    }
}
