package org.boardpack.extract.actions;

import org.boardpack.model.actions.ActionUpdate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an action log's comments cell into dated updates: {@code 15.09.20 The long-term ...},
 * {@code 14.10.20- Chairs & leaders ...}, {@code 11.11.20 - The emails ...}, {@code July 20 - Wave 5 ...}.
 * The cell's lines have been joined, so an update is told from a date inside a sentence by what
 * stands around the date: a date after a preposition ({@code on 09.11.20}, {@code by 31.12.20}) or
 * in brackets belongs to the sentence; a date with nothing after it ({@code Completed 14.7.21})
 * starts nothing; a month alone ({@code December 2020}) starts an update only with a dash or colon
 * after it. Text before the first dated update is an update without a date.
 */
public final class UpdateSplitter {

    private static final Set<String> PREPOSITIONS = Set.of("on", "by", "for", "until", "till", "from", "to", "of",
            "at", "before", "after", "since", "dated", "the", "in", "due", "w/c", "wc", "between", "and", "or",
            "during", "commencing", "beginning", "ending", "than", "meeting", "week");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*([-–—:]+)?\\s*");
    private static final Pattern LAST_WORD = Pattern.compile("(\\S+)\\s*$");

    private final ActionDates dates;

    public UpdateSplitter(ActionDates dates) {
        this.dates = dates;
    }

    public List<ActionUpdate> split(String comments) {
        String text = comments == null ? "" : comments.replaceAll("\\s+", " ").strip();
        List<ActionUpdate> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        List<int[]> starts = new ArrayList<>(); // {date start, text start}
        List<String> isoDates = new ArrayList<>();
        for (ActionDates.Token t : dates.find(text)) {
            Matcher sep = SEPARATOR.matcher(text.substring(t.end()));
            sep.find();
            int textStart = t.end() + sep.end();
            boolean dashed = sep.group(1) != null;
            if (startsUpdate(text, t, textStart, dashed)) {
                starts.add(new int[] {t.start(), textStart});
                isoDates.add(t.iso());
            }
        }
        int firstStart = starts.isEmpty() ? text.length() : starts.getFirst()[0];
        String undated = text.substring(0, firstStart).strip();
        if (!undated.isEmpty()) {
            out.add(new ActionUpdate(null, undated));
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            out.add(new ActionUpdate(isoDates.get(i), text.substring(starts.get(i)[1], end).strip()));
        }
        return out;
    }

    private static boolean startsUpdate(String text, ActionDates.Token t, int textStart, boolean dashed) {
        if (textStart >= text.length() || !Character.isLetterOrDigit(text.codePointAt(textStart))
                && "\"'‘“(".indexOf(text.charAt(textStart)) < 0) {
            return false;
        }
        String before = text.substring(0, t.start()).strip();
        if (before.isEmpty()) {
            return !t.monthOnly() || dashed || Character.isLetter(text.charAt(textStart));
        }
        if (t.monthOnly() && !dashed) {
            return false;
        }
        char last = before.charAt(before.length() - 1);
        if (last == '(' || last == '[') {
            return false;
        }
        if (".;!?:)".indexOf(last) >= 0) {
            return true;
        }
        Matcher w = LAST_WORD.matcher(before);
        String word = w.find() ? w.group(1).toLowerCase(Locale.ROOT).replaceAll("[^a-z/]", "") : "";
        return !PREPOSITIONS.contains(word);
    }
}
