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
 * bracket closed) or the next line opens with a count, honorific or title; a name printed only as
 * far as its initials ({@code Cllr K} / {@code I Castleton}) is not complete, since no surname is an
 * initial, so the break inside it is a space. A line that opens with an honorific and a name
 * starts an entry; one that names no one after a line of a person and comma-attached role text
 * ({@code ..., West Downs} / {@code Clinical Commissioning Group}) is that role wrapped. A word broken by a
 * line-end hyphen is joined, the hyphen kept before a capital ({@code Kos-/Read}).
 */
final class LineJoin {

    private static final Pattern SEPARATOR_END = Pattern.compile(".*(?:[,;]|\\band|&)$");
    private static final Pattern SEPARATOR_START = Pattern.compile("^(?:and|&|,|;)\\b.*");
    /** A name of initials alone ({@code K}, {@code E N}): its surname is still to come. */
    private static final Pattern INITIALS_ONLY = Pattern.compile("\\p{Lu}\\.?(?:\\s+\\p{Lu}\\.?)*");
    private static final Pattern COUNT_START = Pattern.compile("(?i)^(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\s.*");

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
                || PersonName.startsWithHonorific(first) && person(first)) {
            return true;
        }
        if (roleRunsOn(prev) && !person(first)) {
            return false;
        }
        return complete(last) && complete(first);
    }

    /**
     * Whether a line is a person followed by comma-attached role text ({@code Mr D T Penhaligon,
     * Director of Nursing and Quality, West Downs}): a next line that names no one
     * ({@code Clinical Commissioning Group}) is that role wrapped, not an entry of its own.
     */
    private static boolean roleRunsOn(String text) {
        List<PeopleList.Entry> entries = Entries.split(text.substring(Math.max(0, text.lastIndexOf('\n') + 1)));
        return entries.size() >= 2 && person(entries.getFirst().text());
    }

    /** Whether an entry is a person's name, with any bracket or dash-attached text after it. */
    private static boolean person(String entry) {
        String name = entry.strip().replaceAll("\\s*\\(.*$", "").replaceAll("\\s+[–—-]\\s+.*$", "")
                .replaceAll("[.;:]$", "");
        return PersonName.parse(name).isPresent();
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
        return PersonName.parse(name).filter(p -> !INITIALS_ONLY.matcher(p.name()).matches()).isPresent()
                || ListWords.rolePrefix(name).isPresent();
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
