package org.boardpack.app.register;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.boardpack.model.actions.Action;
import org.boardpack.extract.actions.JointOwners;

/**
 * Whether two rows can have the same owner. Minutes print initials ({@code SW}) where the log
 * prints the name ({@code Sarah Wood}), and joint owners are written {@code A/B} or {@code A and B}:
 * each row gives the set of ways its owners are written (name, printed form, a name's initials),
 * and two rows agree when the sets meet. A row with no owner agrees with any.
 */
final class OwnerKeys {

    private OwnerKeys() {
    }

    static boolean compatible(Action a, Action b) {
        Set<String> x = keys(a);
        Set<String> y = keys(b);
        if (x.isEmpty() || y.isEmpty()) {
            return true;
        }
        x.retainAll(y);
        return !x.isEmpty();
    }

    static Set<String> keys(Action a) {
        Set<String> keys = new HashSet<>();
        add(keys, a.ownerName());
        add(keys, a.owner());
        return keys;
    }

    private static void add(Set<String> keys, String owners) {
        if (owners == null) {
            return;
        }
        for (String part : JointOwners.of(owners)) {
            String p = part.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (p.isEmpty()) {
                continue;
            }
            keys.add(p);
            String[] words = p.split(" ");
            if (words.length > 1) {
                StringBuilder initials = new StringBuilder();
                for (String w : words) {
                    initials.append(w.charAt(0));
                }
                keys.add(initials.toString());
            }
        }
    }
}
