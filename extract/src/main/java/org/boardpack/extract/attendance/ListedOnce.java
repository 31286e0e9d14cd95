package org.boardpack.extract.attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Adds people found in the minutes' text to those found in their lists, leaving out anyone the
 * lists already have for the same meeting: minutes often list apologies at their head and repeat
 * them in the first item. The same person may be written more or less fully ({@code Cllr Smith},
 * {@code Cllr A Smith}, {@code Alan Smith}): same surname, and the same first initial where both
 * give one.
 */
public final class ListedOnce {

    /** The people of {@code more} that {@code listed} does not hold, each once. */
    public List<Attendance> notListed(List<Attendance> listed, List<Attendance> more) {
        List<Attendance> known = new ArrayList<>(listed);
        List<Attendance> out = new ArrayList<>();
        for (Attendance a : more) {
            if (known.stream().noneMatch(b -> b.meeting().equals(a.meeting()) && samePerson(a.name(), b.name()))) {
                known.add(a);
                out.add(a);
            }
        }
        return out;
    }

    static boolean samePerson(String a, String b) {
        String[] x = words(a);
        String[] y = words(b);
        if (!x[x.length - 1].equals(y[y.length - 1])) {
            return false;
        }
        return x.length == 1 || y.length == 1 || x[0].charAt(0) == y[0].charAt(0);
    }

    private static String[] words(String name) {
        return name.toLowerCase(Locale.ROOT).replace(".", " ").strip().split("\\s+");
    }
}
