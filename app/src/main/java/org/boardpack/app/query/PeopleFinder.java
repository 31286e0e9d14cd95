package org.boardpack.app.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.boardpack.model.actions.Action;
import org.boardpack.extract.actions.JointOwners;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.index.PersonNames;

/**
 * Who a name means, among attendance and action rows, by the one name rule ({@link NameMatch}: the
 * index's name analysis, every word of the query in the name, as {@code search} and
 * {@code actions --owner} compare names), so {@code Hodgson}, {@code Dave Hodgson} and {@code Mayor
 * Dave Hodgson} find the same person. An action is a person's when its resolved owner is that
 * person, or, when it did not resolve, when its owner as printed matches ({@code S Wood}); an
 * action log prints no honorific, so the owner's is taken from the attendance lists. An action
 * given to two people ({@code Ann Lee/Raj Shah}, {@code Ann Lee & Raj Shah}) is each one's.
 */
public final class PeopleFinder {

    private final PersonNames names;

    public PeopleFinder(PersonNames names) {
        this.names = names;
    }

    /** The people the query matches, the one with most records first; empty when none. */
    public List<Person> find(String query, List<RecordRow<Attendance>> attendance, List<RecordRow<Action>> actions) {
        Map<String, String> honorifics = new HashMap<>();
        for (RecordRow<Attendance> row : attendance) {
            Attendance a = row.record();
            if (a.honorific() != null && a.name() != null) {
                honorifics.putIfAbsent(key(a.name()), a.honorific());
            }
        }
        NameMatch match = new NameMatch(names, query);
        Map<String, Builder> people = new LinkedHashMap<>();
        for (RecordRow<Attendance> row : attendance) {
            Attendance a = row.record();
            if (a.name() != null && match.names(join(a.honorific(), a.name()))) {
                person(people, a.name(), honorifics).attendance.add(row);
            }
        }
        for (RecordRow<Action> row : actions) {
            String resolved = row.record().ownerName();
            String printed = row.record().owner();
            // joint owners resolve to their names joined with ", " (annotation guide): each is one person
            List<String> each = resolved == null ? List.of() : JointOwners.of(resolved);
            boolean matched = false;
            for (String one : each) {
                if (match.names(join(honorifics.get(key(one)), one))) {
                    person(people, one, honorifics).actions.add(row);
                    matched = true;
                }
            }
            if (matched) {
                continue;
            }
            if (printed != null && each.size() == 1 && match.names(printed)) {
                person(people, resolved, honorifics).actions.add(row);
            } else if (resolved == null) {
                match.ownersNamed(printed).forEach(owner -> person(people, owner, honorifics).actions.add(row));
            }
        }
        return people.values().stream().map(Builder::build)
                .sorted(Comparator.comparingInt((Person p) -> -(p.attendance().size() + p.actions().size()))
                        .thenComparing(Person::name))
                .toList();
    }

    private Builder person(Map<String, Builder> people, String name, Map<String, String> honorifics) {
        return people.computeIfAbsent(key(name), k -> new Builder(name, honorifics.get(k)));
    }

    /** One person however the name is spaced, cased or accented. */
    private String key(String name) {
        return String.join(" ", names.terms(name));
    }

    private static String join(String honorific, String name) {
        return honorific == null ? name : honorific + " " + name;
    }

    private static final class Builder {
        final String name;
        final String honorific;
        final List<RecordRow<Attendance>> attendance = new ArrayList<>();
        final List<RecordRow<Action>> actions = new ArrayList<>();

        Builder(String name, String honorific) {
            this.name = name;
            this.honorific = honorific;
        }

        Person build() {
            return new Person(name, honorific, attendance, actions);
        }
    }
}
