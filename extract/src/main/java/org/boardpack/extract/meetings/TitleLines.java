package org.boardpack.extract.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.boardpack.extract.documents.HeadingWords;

/**
 * The title lines over a heading's date or labels, and the body's name they print. The block runs
 * up while the lines are set alike (the same size and case of type, close together) and the name
 * visibly runs on ({@link #runsOn}). A change of case marks another element ({@code City of
 * Alameda, California} over {@code SOCIAL SERVICE HUMAN RELATIONS BOARD}), and so does a line
 * that is a whole name of its own over a name ({@code East Marches Council} over {@code East Marches
 * Health and Wellbeing Board}); a line ending in a connective wraps on ({@code Partnership Board
 * for / Bedfordshire, Luton and Milton Keynes}).
 * Lines of the paper's words alone ({@code Agenda}, {@code Approved Minutes}) or of a kind of
 * meeting alone ({@code Committee Meeting}) name no body and are left out of the name.
 */
final class TitleLines {

    private static final Pattern OPEN_END = Pattern.compile("(?i)(?:\\b(?:for|of|and|the|to|in|on|at)|[&,–-])\\s*$");
    private static final Pattern NAME_OPENS = Pattern.compile("(?i)\\b(?:meeting|minutes|agenda|notes)\\s+(?:of|for)\\b");
    /** The line right above a date may stand apart from it by this many glyph heights. */
    static final float FIRST_GAP = 8f;
    /** Lines of one title block are closer than this many glyph heights. */
    private static final float BLOCK_GAP = 1.6f;

    /** The title block right above line {@code index}, top to bottom. */
    List<HeadLine> above(List<HeadLine> lines, int index) {
        List<HeadLine> out = new ArrayList<>();
        HeadLine prev = lines.get(index);
        HeadLine ref = null;
        for (int k = index - 1; k >= 0; k--) {
            HeadLine l = lines.get(k);
            if (l.labelled() || l.numbered() || !l.closeUnder(prev, out.isEmpty() ? FIRST_GAP : BLOCK_GAP)) {
                break;
            }
            boolean words = !nameOf(l).isEmpty();
            if (ref != null && words && (!l.sameSize(ref) || l.capitals() != ref.capitals() || !runsOn(l, name(out)))) {
                break;
            }
            out.addFirst(l);
            prev = l;
            if (words) {
                ref = l;
            }
        }
        return out;
    }

    /**
     * Whether a name visibly runs on from line {@code upper} to the name under it: the line ends in
     * a connective ({@code Partnership Board for}), opens the name after the paper's words
     * ({@code *Special Meeting of the Oakland}), or what is under it names no body alone
     * ({@code Board}). Otherwise the line is another element: the organisation's letterhead
     * ({@code City of Springfield}, {@code East Marches Council}).
     */
    private static boolean runsOn(HeadLine upper, String below) {
        return OPEN_END.matcher(upper.text()).find() || NAME_OPENS.matcher(upper.text()).find() || HeadingWords.isGeneric(below);
    }

    /** The body's name the block prints: its lines joined, less the lines that name no body. */
    String name(List<HeadLine> block) {
        StringBuilder sb = new StringBuilder();
        for (HeadLine l : block) {
            if (!nameOf(l).isEmpty()) {
                sb.append(sb.isEmpty() ? "" : " ").append(l.text());
            }
        }
        return BodyName.clean(sb.toString());
    }

    /** What a line names on its own, cleaned; empty for paper words or a kind of meeting alone. */
    private static String nameOf(HeadLine l) {
        String n = BodyName.clean(l.text());
        // "Committee Meeting" names a kind of meeting; "Board" alone may end a wrapped name
        boolean kindOnly = HeadingWords.isGeneric(n) && !n.equalsIgnoreCase(l.text().strip());
        return n.isEmpty() || kindOnly || n.matches("\\d{4}") ? "" : n;
    }
}
