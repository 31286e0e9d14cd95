package org.boardpack.corpus.charity;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.corpus.people.Person;

/**
 * How the charity minutes list who came: {@code Jane Smith (JS), Dr Tom Jones (JT)} when the
 * plan lists initials, else {@code Jane Smith (Chair), Tom Jones}; staff always with their roles.
 * Shared by every producer, so the attendance answers read the same in each.
 */
public final class AttendeeList {

    private AttendeeList() {
    }

    /** The comma-separated list as the header's value prints it. */
    public static String of(CharityPlan plan, List<Person> people, boolean staff) {
        List<String> out = new ArrayList<>();
        for (Person p : people) {
            out.add(entry(plan, p, staff));
        }
        return String.join(", ", out);
    }

    /** One person as listed: the printed name and, if any, the bracket. */
    public static String entry(CharityPlan plan, Person p, boolean staff) {
        String bracket = bracket(plan, p, staff);
        return bracket == null ? p.printed() : p.printed() + " (" + bracket + ")";
    }

    /** The initials, the role, or null for a trustee listed without one. */
    static String bracket(CharityPlan plan, Person p, boolean staff) {
        if (plan.initialsListed()) {
            return p.initials();
        }
        return staff || !"Trustee".equals(p.role()) ? p.role() : null;
    }
}
