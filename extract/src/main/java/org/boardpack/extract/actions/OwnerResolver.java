package org.boardpack.extract.actions;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.extract.attendance.PersonName;
import org.boardpack.ingest.ParsedDocument;

/**
 * Resolves an action's owner as written ({@code MT}, {@code Daphne Thomas}, {@code S Wood}) to a
 * person through the attendance lists: first those of the action's own meeting, then those of the
 * pack's other meetings. Initials match those the list prints beside a name or, where it prints
 * none, those the name is made of; a name printed with one letter wrong in the first name. An
 * owner resolves only to exactly one person: a role ({@code Chair}) or initials two people share
 * resolve to nothing. Joint owners ({@code A/B}, {@code A & B}, {@code A + other}) resolve part by
 * part to the people they name. Initials no attendance list names resolve through the key the
 * paper prints itself ({@code Holly Packer (HP)}, {@link PrintedInitials}). A full name in a
 * meeting that prints no attendance list is the person it names, as printed.
 */
public final class OwnerResolver {

    private static final Pattern INITIAL_AND_SURNAME = Pattern.compile("^([A-Z])\\.?\\s+([A-Z][\\p{L}'’-]+)$");

    private final List<Attendance> people;
    /** Read from the document only when some owner's initials need it: most documents have no actions. */
    private final java.util.function.Supplier<PrintedInitials> key;
    private PrintedInitials keyRead;

    public OwnerResolver(List<Attendance> people) {
        this(people, PrintedInitials.none());
    }

    /**
     * @param doc the document, whose own key to initials ({@link PrintedInitials}) resolves initials
     *            no attendance list names
     */
    public OwnerResolver(List<Attendance> people, ParsedDocument doc) {
        this(people, () -> PrintedInitials.of(doc));
    }

    OwnerResolver(List<Attendance> people, PrintedInitials key) {
        this(people, () -> key);
    }

    private OwnerResolver(List<Attendance> people, java.util.function.Supplier<PrintedInitials> key) {
        this.people = List.copyOf(people);
        this.key = key;
    }

    /** The paper's own key to initials, read on first use (not thread-safe, as the resolver is per document). */
    private PrintedInitials key() {
        if (keyRead == null) {
            keyRead = key.get();
        }
        return keyRead;
    }

    /**
     * The person or people an owner names, joint owners' names joined with {@code ", "} in the
     * order printed; a part that names no one (a role, a group, an outsider) is left out, and an
     * owner none of whose parts names anyone resolves to {@code null}.
     */
    public String resolve(String owner, String meetingId) {
        if (owner == null) {
            return null;
        }
        String s = owner.replaceAll("\\s+", " ").replaceAll("[.,;:]+$", "").strip();
        Set<String> names = new LinkedHashSet<>();
        for (String part : JointOwners.of(s)) {
            String p = part.replaceAll("[.,;:]+$", "").strip();
            if (!p.isEmpty()) {
                one(p, meetingId).ifPresent(names::add);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /**
     * The one person a single owner names: in the action's meeting first, then in the pack, then
     * in the paper's own key to initials.
     */
    private Optional<String> one(String s, String meetingId) {
        Optional<String> own = meetingId == null ? Optional.empty()
                : unique(s, a -> meetingId.equals(a.meeting()));
        if (own.isPresent()) {
            return own.filter(n -> !n.isEmpty());
        }
        Optional<String> pack = unique(s, a -> true);
        if (pack.isPresent()) {
            return pack.filter(n -> !n.isEmpty());
        }
        return key().name(s).or(() -> unlisted(s, meetingId));
    }

    /**
     * A full name as printed ({@code Hugh Pollitt Smith}) where the meeting prints no attendance
     * list to resolve it through ("see the attendance file"): the paper's own spelling is the best
     * there is. Initials ({@code J Smith}, {@code HP}) and one-word owners stay unresolved; where a
     * list is printed, a name it lacks is an outsider's and resolves to nothing.
     */
    private Optional<String> unlisted(String owner, String meetingId) {
        boolean listed = people.stream().anyMatch(a -> meetingId == null || meetingId.equals(a.meeting()));
        if (listed) {
            return Optional.empty();
        }
        return PersonName.parse(owner).map(PersonName::name)
                .filter(n -> n.split(" ").length >= 2 && Arrays.stream(n.split(" ")).allMatch(w -> w.length() > 2));
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
        if (oneSlip(written, a.name())) {
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
     * A full name printed with one letter wrong in the first name ({@code Key Dicken} for
     * {@code Kay Dicken}): the same surname and initial, the first names one substitution apart.
     */
    private static boolean oneSlip(String written, String name) {
        String[] w = fold(written).split(" ");
        String[] n = fold(name).split(" ");
        if (w.length != 2 || n.length != 2 || !w[1].equals(n[1]) || w[0].length() != n[0].length()
                || w[0].length() < 3 || w[0].charAt(0) != n[0].charAt(0)) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < w[0].length(); i++) {
            diff += w[0].charAt(i) == n[0].charAt(i) ? 0 : 1;
        }
        return diff == 1;
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
