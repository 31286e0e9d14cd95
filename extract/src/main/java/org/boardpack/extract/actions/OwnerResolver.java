package org.boardpack.extract.actions;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.boardpack.extract.attendance.Attendance;
import org.boardpack.extract.attendance.PersonName;

/**
 * Resolves an action's owner as written ({@code MT}, {@code Daphne Thomas}, {@code S Wood}) to a
 * person through the attendance lists: first those of the action's own meeting, then those of the
 * pack's other meetings. Initials match those the list prints beside a name or, where it prints
 * none, those the name is made of. An owner resolves only to exactly one person; a role ({@code Chair}),
 * joint owners ({@code A/B}, {@code A & B}) or initials two people share resolve to nothing.
 */
public final class OwnerResolver {

    private static final Pattern JOINT = Pattern.compile("/|&|\\+|,|;|\\band\\b");
    private static final Pattern INITIAL_AND_SURNAME = Pattern.compile("^([A-Z])\\.?\\s+([A-Z][\\p{L}'’-]+)$");

    private final List<Attendance> people;

    public OwnerResolver(List<Attendance> people) {
        this.people = List.copyOf(people);
    }

    public String resolve(String owner, String meetingId) {
        if (owner == null) {
            return null;
        }
        String s = owner.replaceAll("\\s+", " ").replaceAll("[.,;:]+$", "").strip();
        if (s.isEmpty() || JOINT.matcher(s).find()) {
            return null;
        }
        Optional<String> own = meetingId == null ? Optional.empty()
                : unique(s, a -> meetingId.equals(a.meeting()));
        if (own.isPresent()) {
            return own.get().isEmpty() ? null : own.get();
        }
        return unique(s, a -> true).filter(n -> !n.isEmpty()).orElse(null);
    }

    /**
     * The one person among {@code scope} the owner names: empty if nobody, {@code ""} if more than
     * one (ambiguous: stop looking further afield).
     */
    private Optional<String> unique(String owner, Predicate<Attendance> scope) {
        Set<String> names = new LinkedHashSet<>();
        for (Attendance a : people) {
            if (scope.test(a) && a.name() != null && names(owner, a)) {
                names.add(a.name());
            }
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(names.size() == 1 ? names.iterator().next() : "");
    }

    private static boolean names(String owner, Attendance a) {
        if (a.initials() != null && a.initials().equals(owner)) {
            return true;
        }
        if (a.initials() == null && madeInitials(a.name()).contains(owner)) {
            return true;
        }
        String written = PersonName.parse(owner).map(PersonName::name).orElse(owner);
        if (fold(written).equals(fold(a.name()))) {
            return true;
        }
        var m = INITIAL_AND_SURNAME.matcher(written);
        if (m.matches()) {
            String[] parts = a.name().split(" ");
            return parts.length >= 2 && parts[0].startsWith(m.group(1))
                    && fold(parts[parts.length - 1]).equals(fold(m.group(2)));
        }
        return false;
    }

    /**
     * The initials a name is written with where the attendance list prints none: every part's
     * first letter ({@code Zoe Price-Jones} → {@code ZP-J}), or the first and last name's alone.
     * A name of one part makes none: it could be initials already, or a role.
     */
    private static Set<String> madeInitials(String name) {
        String[] parts = name.strip().split("\\s+");
        if (parts.length < 2) {
            return Set.of();
        }
        StringBuilder all = new StringBuilder();
        for (String part : parts) {
            all.append(initialOf(part));
        }
        Set<String> out = new LinkedHashSet<>();
        out.add(all.toString());
        out.add(initialOf(parts[0]) + initialOf(parts[parts.length - 1]));
        return out;
    }

    private static String initialOf(String part) {
        StringBuilder sb = new StringBuilder();
        for (String piece : part.split("-")) {
            if (!piece.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : "-").append(Character.toUpperCase(piece.charAt(0)));
            }
        }
        return sb.toString();
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[’']", "'").replaceAll("\\s+", " ").strip();
    }
}
