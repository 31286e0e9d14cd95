package org.boardpack.extract.attendance;

import java.util.List;
import java.util.regex.Pattern;
import org.boardpack.ingest.TextLine;

/**
 * Joins the lines of a printed list into one text for {@link PeopleList}, deciding at each line
 * end whether the break is inside an entry ({@code ... P Rochford and J / Raymond}: a space) or
 * between two entries printed one a line ({@code Sara Strickler, President / Thushan
 * Amarasiriwardena, Vice President}: a line break, which the list reads as a separator). A break
 * is between entries when the entries either side of it are each complete (a person, a title, a
 * bracket closed) or the next line opens with a count, honorific or title (a role wrapped over
 * lines ends where a line opens {@code Dr J Lloyd-Bennett, ...}), and a line naming nobody under a
 * name with comma-attached text goes on with that text. A word broken by a
 * line-end hyphen is joined, the hyphen kept before a capital ({@code Kos-/Read}).
 */
final class LineJoin {

    private static final Pattern SEPARATOR_END = Pattern.compile(".*(?:[,;]|\\band|&)$");
    private static final Pattern SEPARATOR_START = Pattern.compile("^(?:and|&|,|;)\\b.*");
    private static final Pattern COUNT_START = Pattern.compile("(?i)^(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\s.*");

    /** Initials alone ({@code K}, {@code J R}, {@code J.R.}): after an honorific, the start of a name. */
    private static final Pattern INITIALS = Pattern.compile("^(?:\\p{Lu}\\.?\\s*)+$");

    private LineJoin() {
    }

    static String join(List<TextLine> lines) {
        StringBuilder sb = new StringBuilder();
        for (TextLine line : lines) {
            String next = line.text().strip();
            if (sb.isEmpty()) {
                sb.append(next);
                continue;
            }
            String prev = sb.toString();
            if (prev.endsWith("-") && !prev.endsWith(" -")) {
                if (!next.isEmpty() && Character.isLowerCase(next.charAt(0))) {
                    sb.setLength(sb.length() - 1);
                }
                sb.append(next);
            } else if (SEPARATOR_END.matcher(prev).matches() || SEPARATOR_START.matcher(next).matches()) {
                sb.append(' ').append(next);
            } else if (betweenEntries(prev, next)) {
                sb.append('\n').append(next);
            } else {
                sb.append(' ').append(next);
            }
        }
        return sb.toString();
    }

    private static boolean betweenEntries(String prev, String next) {
        String last = lastEntry(prev);
        String first = firstEntry(next);
        if (COUNT_START.matcher(first).matches() || ListWords.rolePrefix(first).isPresent()
                || ListWords.pluralHonorific(first).isPresent() || first.matches("^(?i:the)\\s.*")
                || PersonName.startsWithHonorific(first) && !PersonName.isHonorific(last)) {
            return true;
        }
        if (wrappedRole(prev, first)) {
            return false;
        }
        return complete(last) && complete(first);
    }

    /**
     * Whether the next line goes on with role text of the line before ({@code Mr D T Penhaligon,
     * Director of Nursing and Quality, West Downs / Clinical Commissioning Group}): it names nobody,
     * and the line before holds a name and comma-attached text already.
     */
    private static boolean wrappedRole(String prev, String first) {
        if (first.isEmpty() || !Character.isUpperCase(first.charAt(0)) || PersonName.parse(first).isPresent()
                || PersonName.startsWithHonorific(first) || !PersonName.describes(first)) {
            return false;
        }
        List<PeopleList.Entry> onLine = Entries.split(prev.substring(Math.max(0, prev.lastIndexOf('\n') + 1)));
        return onLine.size() >= 2 && PersonName.parse(onLine.getFirst().text().replaceAll("\\s*\\(.*$", "")).isPresent();
    }

    private static boolean complete(String entry) {
        String e = entry.strip().replaceAll("[.;:]$", "");
        if (e.isEmpty()) {
            return true;
        }
        if (e.endsWith(")") || COUNT_START.matcher(e).matches() || ListWords.isRole(e)
                || Character.isUpperCase(e.charAt(0)) && PersonName.describes(e)) {
            return true;
        }
        String name = e.replaceAll("\\s*\\(.*$", "").replaceAll("\\s+[–—-]\\s+.*$", "");
        String[] first = name.split("\\s+", 2);
        if (first.length == 2 && PersonName.isHonorific(first[0]) && INITIALS.matcher(first[1]).matches()) {
            // "Cllr K / I Castleton": a name is not ended by its initials, its surname is still to come
            return false;
        }
        return PersonName.parse(name).isPresent() || ListWords.rolePrefix(name).isPresent();
    }

    private static String lastEntry(String text) {
        List<PeopleList.Entry> entries = Entries.split(text.substring(Math.max(0, text.lastIndexOf('\n') + 1)));
        return entries.isEmpty() ? "" : entries.getLast().text();
    }

    private static String firstEntry(String text) {
        List<PeopleList.Entry> entries = Entries.split(text);
        return entries.isEmpty() ? "" : entries.getFirst().text();
    }
}
