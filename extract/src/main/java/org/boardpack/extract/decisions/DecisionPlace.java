package org.boardpack.extract.decisions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The item a decision sits under and the minute it is cited by (annotation guide: {@code item} is
 * the agenda number of the item it sits under), from the item the walk read, the paragraph's own
 * printed number and the paper's numbering: a paragraph numbered {@code 109.1} read under item
 * {@code 108} sits under 109, whose heading the walk missed; a paragraph {@code 66.2} where the
 * walk gave no item sits under 66; in minutes numbered on from earlier meetings
 * ({@code 136. MINUTES}) the item's number is the minute a decision under it is cited by; a
 * paragraph lettered under a numbered paragraph ({@code 55.5.} / {@code a. Members RESOLVED …})
 * is minute {@code 55.5.a}; a paragraph {@code 7.1} under the paper's own minute {@code AGM-2006/7}
 * is numbered within that minute and cited by it.
 *
 * @param item      the agenda number of the item
 * @param minuteRef the minute reference, or {@code null}
 */
record DecisionPlace(String item, String minuteRef) {

    /** Items whose headings a walk may miss before a paragraph's number is not trusted over it. */
    private static final int MISSED_HEADINGS = 3;
    /** A paragraph lettered under a numbered paragraph ({@code a.}, {@code (b)}, {@code c)} under {@code 55.5.}): its letter extends the number. */
    private static final Pattern LETTERED = Pattern.compile("^\\(?([a-z])[.)]\\s+");

    /**
     * @param walkedItem    the item's number as the walk read it, or {@code null}
     * @param walkedRef     its minute reference, or {@code null}
     * @param minuteNumbers whether the paper's item numbers are minute numbers (they run on from earlier meetings)
     * @param paragraphRef  the number the decision's paragraph prints, or {@code null}
     * @param paragraphText the paragraph's text
     * @param numberedWithin whether the paragraph's own letter or number counts within a resolution
     *                      or a stem's list rather than the minutes ({@code resolved to:} / {@code i) …})
     */
    static DecisionPlace of(String walkedItem, String walkedRef, boolean minuteNumbers, String paragraphRef,
                            String paragraphText, boolean numberedWithin) {
        String parent = parentOf(paragraphRef);
        // "7.1" under minute "AGM-2006/7": numbered within the minute, not under an item the walk missed
        boolean withinMinute = walkedRef != null && parent != null && walkedRef.endsWith("/" + parent);
        boolean missed = !withinMinute && walkedItem != null && headingMissed(walkedItem, parent);
        String item = walkedItem == null || missed ? parent : walkedItem;
        String ref = walkedRef != null && !missed ? walkedRef : paragraphRef;
        if (ref == null && minuteNumbers) {
            ref = item; // "136. MINUTES": the minute a decision under it is cited by
        }
        Matcher lettered = LETTERED.matcher(paragraphText);
        if (ref != null && !numberedWithin && ref.matches("\\d{1,4}(?:\\.\\d{1,3})+") && lettered.find()) {
            // the letters are the third level of the minute's numbering
            ref = ref + "." + lettered.group(1);
        }
        return new DecisionPlace(item, ref);
    }

    /**
     * Whether a paragraph's own number says it sits under an item whose heading the walk missed:
     * {@code 109.1} read under item {@code 108}.
     */
    private static boolean headingMissed(String item, String parent) {
        if (parent == null || !item.matches("\\d{1,4}") || !parent.matches("\\d{1,4}")) {
            return false;
        }
        int walked = Integer.parseInt(item);
        int printed = Integer.parseInt(parent);
        return printed > walked && printed <= walked + MISSED_HEADINGS;
    }

    /** The item a numbered paragraph sits under where the walk gave none: {@code 66.2} is under {@code 66}. */
    private static String parentOf(String ref) {
        if (ref == null || ref.lastIndexOf('.') < 0) {
            return null;
        }
        return ref.substring(0, ref.lastIndexOf('.'));
    }
}
