package org.boardpack.corpus.charity;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.corpus.Rng;
import org.boardpack.corpus.people.Person;

/**
 * Who an action is given to and what the action column prints. When the attendee list prints
 * initials, the owner's listed initials are printed and always resolve. When it prints roles, the
 * minute-taker writes initials made from the name, which resolve only if no one else present
 * shares them; a shared pair stays unresolved, as a reader could not tell who was meant either.
 * Joint owners ({@code GD/CM}) resolve each, as the annotation guide joins them.
 */
final class ActionOwners {

    /** The action column's text and the name it resolves to (null if it does not). */
    record Owner(String printed, String name) {
    }

    private final List<Person> people;
    private final boolean initialsListed;

    ActionOwners(List<Person> present, List<Person> invited, boolean initialsListed) {
        this.people = new ArrayList<>(present);
        this.people.addAll(invited);
        this.initialsListed = initialsListed;
    }

    Owner owner(Rng rng, List<Person> candidates) {
        if (rng.chance(0.06)) {
            return new Owner(rng.pick("All", "Chair"), null);
        }
        if (rng.chance(0.1)) {
            // joint owners resolve one by one, the names joined with ", " (annotation guide, Actions)
            List<Person> two = rng.sample(candidates.stream().distinct().toList(), 2);
            List<String> names = two.stream().map(this::resolved).filter(java.util.Objects::nonNull).toList();
            return new Owner(printed(two.get(0)) + "/" + printed(two.get(1)),
                    names.isEmpty() ? null : String.join(", ", names));
        }
        Person p = rng.pick(candidates);
        return new Owner(printed(p), resolved(p));
    }

    /** The person's name, if the initials printed for them are no one else's present. */
    private String resolved(Person p) {
        String printed = printed(p);
        long sharing = people.stream().filter(q -> printed(q).equals(printed)).count();
        return sharing == 1 ? p.name() : null;
    }

    private String printed(Person p) {
        return initialsListed ? p.initials() : fromName(p);
    }

    /** {@code JS}, or {@code ME-R} for a double-barrelled surname. */
    static String fromName(Person p) {
        String fam = p.family();
        return fam.contains("-") ? "" + p.given().charAt(0) + fam.charAt(0) + "-" + fam.charAt(fam.indexOf('-') + 1)
                : "" + p.given().charAt(0) + fam.charAt(0);
    }
}
