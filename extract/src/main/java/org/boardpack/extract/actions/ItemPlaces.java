package org.boardpack.extract.actions;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.extract.minutes.Minutes;
import org.boardpack.extract.minutes.MinutesItem;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.TextLine;

/**
 * Where each numbered item of a set of minutes starts on the page, so that a line can be given
 * the number of the item it sits under: the items as the minutes walk found them, each placed at
 * the first line of its page, at or after the item before, that opens with its number
 * ({@code 5  Future Events}, {@code 4.3 The Board …}, {@code HWB/17/6.}). A numbered paragraph of
 * an item belongs to the item; a line before the first item belongs to none.
 */
final class ItemPlaces {

    /** An item's number and the place its heading stands. */
    private record Place(int page, float top, String number) {
    }

    private final List<Place> places;

    private ItemPlaces(List<Place> places) {
        this.places = List.copyOf(places);
    }

    static ItemPlaces of(ParsedDocument doc, Minutes minutes) {
        List<Place> out = new ArrayList<>();
        int page = 0;
        float top = -1;
        for (MinutesItem item : minutes.items()) {
            String printed = item.minuteRef() != null ? item.minuteRef() : item.number();
            String number = item.number() != null ? item.number() : item.minuteRef();
            if (printed == null || item.page() < page || item.page() > doc.pageCount()) {
                continue;
            }
            Page p = doc.pages().get(item.page() - 1);
            for (TextLine line : p.bodyLines()) {
                if ((item.page() > page || line.top() > top) && opensWith(line, printed)) {
                    page = item.page();
                    top = line.top();
                    out.add(new Place(page, top, number));
                    break;
                }
            }
        }
        return new ItemPlaces(out);
    }

    /** No items: every line under none. */
    static ItemPlaces none() {
        return new ItemPlaces(List.of());
    }

    /** The number of the item whose heading stands last at or above the line, or null. */
    String itemAt(int page, float top) {
        String found = null;
        for (Place p : places) {
            if (p.page() < page || p.page() == page && p.top() <= top + 1) {
                found = p.number();
            }
        }
        return found;
    }

    private static boolean opensWith(TextLine line, String number) {
        String first = line.words().getFirst().text().replaceFirst("[.):]+$", "");
        return first.equals(number);
    }
}
