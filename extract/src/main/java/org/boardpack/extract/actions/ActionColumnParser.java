package org.boardpack.extract.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the entries of a minutes table's action column: {@code Action 31} over {@code Chair},
 * {@code ACTION 15 SW} on one line, {@code ACTION} / {@code 16} / {@code ICS Core} / {@code team} over
 * several, bare initials {@code NS} or names {@code Kay Dicken/Heather Poustie}, a task with its
 * owner ({@code Clerk to place on website}) or a task alone ({@code To be on agendas as a standing
 * item.}). An entry starts at the word "Action" or, for a bare entry, after a gap; the lines right
 * under it continue it, and an entry cut by a page break after a joiner ({@code Paul Evemy/}) goes
 * on at the top of the next page. The reference is the number after "Action"; a sub-item letter
 * ({@code a. Clerk}) is the discussion's lettering, not a reference, and starts an entry of its own. Entries that say there is no
 * action ({@code None}) are no entries.
 */
final class ActionColumnParser {

    /**
     * One entry of the action column, with where it stands.
     *
     * @param text  the entry's own words where they say what is to be done (a task, not just an
     *              owner), else null
     * @param keyed whether the entry opens with the word "Action"
     */
    record Entry(int page, float top, float bottom, String ref, String owner, String text, boolean keyed) {
    }

    private static final Pattern REF = Pattern.compile(
            "^\\(?([A-Za-z]{0,3}\\d+(?:[./]\\d+)*[a-z]?)\\)?[.:,]?(?:\\s+|$)(.*)$");
    private static final Pattern LEADING_DASH = Pattern.compile("^[\\s\\-–—:]+");
    /** {@code a.}, {@code b)}, {@code (c)}: the lettering of the discussion's sub-items. */
    private static final Pattern LETTERED = Pattern.compile("^\\(?[a-z]\\)?[.)]\\s+(.*)$", Pattern.DOTALL);
    /** A line that ends an entry part-way through its owners, to go on over the page. */
    private static final Pattern OPEN_END = Pattern.compile("(?:[/&+,]|\\band)$");
    /** An owner is a name or a few words; anything longer is what is to be done. */
    private static final int OWNER_WORDS = 5;
    /** A task set in the column on its own is a sentence of at least this many words. */
    private static final int TASK_WORDS = 3;

    private final Pattern keyword;
    private final ActionVocabulary words;
    private final OwnerText owners;

    ActionColumnParser(ActionVocabulary words) {
        this.words = words;
        this.owners = new OwnerText(words);
        this.keyword = Pattern.compile("(?i)^" + words.label().pattern().replace("(?i)", "")
                + "\\b\\s*(?:no\\.?|number|ref\\.?|#)?\\s*[:.\\-–]?\\s*(.*)$");
    }

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
            Matcher k = keyword.matcher(f.text().strip());
            if (k.matches() && !words.isNone(f.text())) {
                flush(current, keyed, firstText, out);
                current = new ArrayList<>(List.of(f));
                keyed = true;
                firstText = k.group(1);
                continue;
            }
            if (words.isNone(f.text())) {
                // "None" ends the entry above it (the next item's row) and is no entry itself
                flush(current, keyed, firstText, out);
                current = new ArrayList<>();
                keyed = false;
                firstText = null;
                continue;
            }
            Fragment last = current.isEmpty() ? null : current.getLast();
            boolean close = last != null && last.page() == f.page() && f.top() - last.top() <= step;
            boolean overPage = last != null && f.page() == last.page() + 1 && onlyAbove(column, f)
                    && OPEN_END.matcher(joined(current, null)).find();
            // owners stacked line under line are separate entries, unless the first runs on ("Paul Evemy/")
            String sofar = joined(current, null);
            boolean anotherOwner = !keyed && last != null && owners.isOwner(f.text()) && owners.isOwner(sofar)
                    && !OPEN_END.matcher(sofar).find();
            boolean lettered = LETTERED.matcher(f.text().strip()).matches();
            if ((close || overPage) && !anotherOwner && !lettered) {
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

    /** Whether a fragment is the first of its page in the column. */
    private static boolean onlyAbove(List<Fragment> column, Fragment f) {
        return column.stream().noneMatch(o -> o.page() == f.page() && o.top() < f.top());
    }

    private void flush(List<Fragment> fragments, boolean keyed, String firstText, List<Entry> out) {
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
                Optional<OwnerText.Split> split = owners.within(owner);
                description = owner;
                owner = split.map(OwnerText.Split::owner).orElse("");
            }
            out.add(new Entry(first.page(), first.top(), bottom, ref, owner.isEmpty() ? null : owner, description, true));
            return;
        }
        Matcher lettered = LETTERED.matcher(text);
        String entry = lettered.matches() ? lettered.group(1).strip() : text;
        if (entry.isEmpty() || words.isNone(entry)) {
            return;
        }
        if (owners.isOwner(entry)) {
            out.add(new Entry(first.page(), first.top(), bottom, null, entry.replaceAll("[.;,]+$", ""), null, false));
            return;
        }
        Optional<OwnerText.Split> split = owners.within(entry);
        if (split.isPresent()) {
            out.add(new Entry(first.page(), first.top(), bottom, null, split.get().owner(), entry, false));
        } else if (isTask(entry)) {
            out.add(new Entry(first.page(), first.top(), bottom, null, null, entry, false));
        }
    }

    /** A sentence set in the action column on its own: a task without an owner. */
    private static boolean isTask(String entry) {
        return entry.split("\\s+").length >= TASK_WORDS && Character.isUpperCase(entry.charAt(0))
                && (entry.endsWith(".") || entry.startsWith("To "));
    }

    /** Lines of an entry joined; a line ending with a slash runs on into the next ({@code Paul Evemy/Sandra}). */
    private static String joined(List<Fragment> fragments, String firstText) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fragments.size(); i++) {
            String t = i == 0 && firstText != null ? firstText : fragments.get(i).text();
            if (!t.isBlank()) {
                if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != '/') {
                    sb.append(' ');
                }
                sb.append(t.strip());
            }
        }
        return sb.toString();
    }
}
