package org.boardpack.extract.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.attendance.PersonName;

/**
 * Reads the entries of a minutes table's action column: {@code Action 31} over {@code Chair},
 * {@code ACTION 15 SW} on one line, {@code ACTION} / {@code 16} / {@code ICS Core} / {@code team} over
 * several, or bare initials {@code NS}. An entry starts at the word "Action" or, for a bare entry,
 * after a gap; the lines right under it continue it. The reference is the number after "Action";
 * what follows is the owner as written.
 */
final class ActionColumnParser {

    /** One entry of the action column, with where it stands. */
    record Entry(int page, float top, float bottom, String ref, String owner, String text, boolean keyed) {
    }

    private static final Pattern KEYWORD = Pattern.compile(
            "(?i)^actions?\\b\\s*(?:no\\.?|number|ref\\.?|#)?\\s*[:.\\-–]?\\s*(.*)$");
    private static final Pattern REF = Pattern.compile(
            "^\\(?([A-Za-z]{0,3}\\d+(?:[./]\\d+)*[a-z]?)\\)?[.:,]?(?:\\s+|$)(.*)$");
    private static final Pattern LEADING_DASH = Pattern.compile("^[\\s\\-–—:]+");
    private static final Pattern INITIALS = Pattern.compile("^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z]{1,3}(?:-[A-Z][A-Za-z]?)?$");
    private static final Pattern OWNER_SPLIT = Pattern.compile("\\s*(?:/|&|\\+|,|\\band\\b)\\s*|\\s+");
    private static final List<String> ROLES = List.of("Chair", "Vice Chair", "Vice-Chair", "All", "Secretary", "Clerk");
    /** An owner is a name or a few words; anything longer is what is to be done. */
    private static final int OWNER_WORDS = 5;
    /**
     * @param step the widest step from one line to the next inside one paragraph: lines of one
     *             entry follow each other at most this far apart
     */
    List<Entry> parse(List<Fragment> column, float step) {
        List<Entry> out = new ArrayList<>();
        List<Fragment> current = new ArrayList<>();
        boolean keyed = false;
        String firstText = null;
        for (Fragment f : column) {
            Matcher k = KEYWORD.matcher(f.text().strip());
            if (k.matches()) {
                flush(current, keyed, firstText, out);
                current = new ArrayList<>(List.of(f));
                keyed = true;
                firstText = k.group(1);
                continue;
            }
            Fragment last = current.isEmpty() ? null : current.getLast();
            boolean close = last != null && last.page() == f.page() && f.top() - last.top() <= step;
            boolean anotherOwner = !keyed && last != null && isInitials(f.text()) && isInitials(joined(current, null));
            if (close && !anotherOwner) {
                current.add(f);
                continue;
            }
            flush(current, keyed, firstText, out);
            current = new ArrayList<>(List.of(f));
            keyed = false;
            firstText = null;
        }
        flush(current, keyed, firstText, out);
        return out;
    }

    private static void flush(List<Fragment> fragments, boolean keyed, String firstText, List<Entry> out) {
        if (fragments.isEmpty()) {
            return;
        }
        String text = joined(fragments, keyed ? firstText : null);
        Fragment first = fragments.getFirst();
        float bottom = fragments.getLast().bottom();
        if (keyed) {
            String ref = null;
            String owner = text;
            Matcher r = REF.matcher(text);
            if (r.matches()) {
                ref = r.group(1);
                owner = r.group(2);
            }
            owner = LEADING_DASH.matcher(owner).replaceFirst("").strip();
            String description = null;
            if (owner.split("\\s+").length > OWNER_WORDS) {
                description = owner;
                owner = "";
            }
            out.add(new Entry(first.page(), first.top(), bottom, ref, owner.isEmpty() ? null : owner, description, true));
        } else {
            ownerLike(text).ifPresent(o -> out.add(new Entry(first.page(), first.top(), bottom, null, o, null, false)));
        }
    }

    /** Text on its own in the action column is an owner only when it reads as initials, names or a role. */
    private static Optional<String> ownerLike(String text) {
        String s = text.strip();
        if (s.isEmpty() || s.split("\\s+").length > OWNER_WORDS) {
            return Optional.empty();
        }
        if (ROLES.contains(s) || PersonName.parse(s).isPresent()) {
            return Optional.of(s);
        }
        for (String part : OWNER_SPLIT.split(s)) {
            if (!part.isEmpty() && !INITIALS.matcher(part).matches() && !ROLES.contains(part)) {
                return Optional.empty();
            }
        }
        return Optional.of(s);
    }

    private static boolean isInitials(String text) {
        return INITIALS.matcher(text.strip()).matches();
    }

    private static String joined(List<Fragment> fragments, String firstText) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fragments.size(); i++) {
            String t = i == 0 && firstText != null ? firstText : fragments.get(i).text();
            if (!t.isBlank()) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(t.strip());
            }
        }
        return sb.toString();
    }
}
