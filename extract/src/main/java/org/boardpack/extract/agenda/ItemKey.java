package org.boardpack.extract.agenda;

import java.util.Locale;

/** An item number as the same item's number is printed elsewhere: {@code 5(a)}, {@code 5a} and {@code 5A} alike. */
final class ItemKey {

    private ItemKey() {
    }

    static String of(String number) {
        return number == null ? "" : number.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }
}
