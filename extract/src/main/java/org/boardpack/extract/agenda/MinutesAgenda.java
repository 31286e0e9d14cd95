package org.boardpack.extract.agenda;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.boardpack.extract.minutes.Minutes;
import org.boardpack.extract.minutes.MinutesItem;

/**
 * The agenda items a set of minutes records: its numbered item headings and sub-headings, in order.
 * A committee minute reference stands for the agenda number where none is printed
 * ({@code FGB 98/2122}); where both are printed the agenda number is the item's number and the
 * minute number its {@code minute_ref}. Numbered paragraphs and the unnumbered text before the
 * first item are not items. Minutes that reprint their agenda as a list of numbered lines above the
 * minuted items give each item twice: the list's wording is kept. A number printed twice with text
 * under both (a council's slip) is two items.
 */
public final class MinutesAgenda {

    public List<AgendaItem> items(Minutes minutes, String meetingId) {
        List<AgendaItem> out = new ArrayList<>();
        Set<String> listedOnly = new HashSet<>();
        for (MinutesItem item : minutes.items()) {
            if (!item.heading() || item.title() == null || item.number() == null && item.minuteRef() == null) {
                continue;
            }
            String number = item.number() != null ? item.number() : item.minuteRef();
            String key = ItemKey.of(number);
            if (listedOnly.contains(key)) {
                continue; // minuted under the number its reprinted agenda gave it
            }
            if (item.discussion().isEmpty()) {
                listedOnly.add(key);
            }
            String minuteRef = item.number() != null ? item.minuteRef() : null;
            out.add(new AgendaItem(meetingId, number, AgendaTitle.clean(item.title()), item.lead(), null, item.page(),
                    minuteRef));
        }
        return out;
    }
}
